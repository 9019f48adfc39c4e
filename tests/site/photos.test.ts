import { describe, expect, it } from "vitest";
import { imagesWithMetadata } from "../support/photos";

/**
 * Content photos are refused with location or device metadata, but the published copies should
 * carry none at all: no caption, copyright, time or colour notes a reader did not ask for.
 * tests/build/fixture-site.test.ts proves it with a photo that does carry harmless metadata.
 */
describe("images in dist/", () => {
  it("carry no EXIF, XMP, IPTC, text or comment metadata", () => {
    const { files, withMetadata } = imagesWithMetadata("dist");
    expect(files.length).toBeGreaterThan(0);
    expect(withMetadata).toEqual([]);
  });
});
