export function generateImage(prompt) {
  return { status: "generated", type: "image", prompt };
}
