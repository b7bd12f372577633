package org.policylens.store;

import java.util.Arrays;

/** Unsigned variable-length integers (7 bits per byte, low first), the encoding of the search index's postings. */
final class VarInts {

    private VarInts() {
    }

    /** The varint that starts at {@code at}. */
    static long readAt(byte[] bytes, int at) {
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

    /** Where the varint that starts at {@code at} ends (the index after its last byte). */
    static int endOf(byte[] bytes, int at) {
        while (bytes[at++] < 0) {
            // continuation byte
        }
        return at;
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
            writeBytes(more, 0, more.length);
        }

        /** Appends {@code length} bytes of {@code more} from {@code from}. */
        void writeBytes(byte[] more, int from, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(more, from, bytes, size, length);
            size += length;
        }

        /** Copies what was written into {@code target} at {@code at}. */
        void copyTo(byte[] target, int at) {
            System.arraycopy(bytes, 0, target, at, size);
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
