export function getStatusCodeColor(status: number): StatusCodeColor {
  if (status < 300) {
    return StatusCodeColor.Success
  }

  if (status < 400) {
    return StatusCodeColor.Warning
  }

  return StatusCodeColor.Danger
}
