function basicImageStats(image) {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const w = (canvas.width = 120);
  const h = (canvas.height = Math.max(
    1,
    Math.floor((120 * image.naturalHeight) / image.naturalWidth),
  ));
  ctx.drawImage(image, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  let edges = 0,
    bright = 0;
  const gray = new Uint8Array(w * h);
  for (let i = 0, p = 0; i < data.length; i += 4, p++) {
    gray[p] = (data[i] * 0.299 + data[i + 1] * 0.587 + data[i + 2] * 0.114) | 0;
    if (data[i] > 220 || data[i + 1] > 220 || data[i + 2] > 220) bright++;
  }
  // Cheap edge estimate
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const dx = Math.abs(gray[i - 1] - gray[i + 1]);
      const dy = Math.abs(gray[i - w] - gray[i + w]);
      if (dx + dy > 80) edges++;
    }
  }
  return { edges: edges / (w * h), bright: bright / (w * h) };
}
