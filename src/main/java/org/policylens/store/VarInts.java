package org.policylens.store;

import java.util.Arrays;

/** Unsigned variable-length integers (7 bits per byte, low first), the encoding of the search index's postings. */
final class VarInts {

    private VarInts() {
    }

    /** A growable byte buffer that varints are appended to. */
    static final class Writer {
        private byte[] bytes = new byte[16];
        private int size;

        void write(long value) {
            if (size + 10 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 10));
            }
            while ((value & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void writeBytes(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        int size() {
            return size;
        }
    }

    /** Reads varints from a byte array, in order. */
    static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return at < bytes.length;
        }

        long read() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        int readInt() {
            return (int) read();
        }

        /** The next {@code length} raw bytes. */
        byte[] readBytes(int length) {
            byte[] out = Arrays.copyOfRange(bytes, at, at + length);
            at += length;
            return out;
        }

        /** Skips {@code length} raw bytes. */
        void skipBytes(int length) {
            at += length;
        }

        /** Skips {@code count} varints. */
        void skip(int count) {
            for (int i = 0; i < count; i++) {
                while (bytes[at++] < 0) {
                    // continuation byte
                }
            }
        }
    }
}
