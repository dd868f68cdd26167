/** A QR code as an accessible inline SVG string, made at build time (no script, no image request). */
import QRCode from 'qrcode';

export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const esc = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${esc}" class="qr" `).replace(/<\?xml[^>]*>\s*/, '');
}
