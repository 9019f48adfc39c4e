import QRCode from "qrcode";

/**
 * A QR code for an address, as an SVG file's text, drawn at build time by a
 * maintained library: no third-party service ever sees which page a reader
 * prints. Medium error correction survives photocopying and a folded corner.
 */
export function qrSvg(url: string): Promise<string> {
  // One byte-mode segment: the library would otherwise search for the shortest mix of
  // modes, a graph search that took a second of every thousand-statement build.
  return QRCode.toString([{ data: new TextEncoder().encode(url), mode: "byte" }], {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 1,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
