package org.handout.model;

/**
 * A local image that passed the resource checks: its bytes, kind and pixel size. Writers embed
 * these bytes; nothing is read from disk or the network after the transforms.
 */
public record ImageFile(String source, byte[] bytes, Kind kind, int width, int height) {
    public enum Kind {
        PNG("image/png"), JPEG("image/jpeg");

        private final String mimeType;

        Kind(String mimeType) {
            this.mimeType = mimeType;
        }

        public String mimeType() {
            return mimeType;
        }
    }
}
