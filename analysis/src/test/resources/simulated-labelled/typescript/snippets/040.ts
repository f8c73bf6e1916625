export function smartTruncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }

  // Try to break at a word boundary
  let truncated = text.substring(0, maxLength);
  const lastSpace = truncated.lastIndexOf(' ');

  if (lastSpace > maxLength * 0.8) {
    // If we can break at a word within 80% of max length, do it
    truncated = truncated.substring(0, lastSpace);
  }

  return truncated.trim() + '...';
}
