package org.storycompare.engine.text;

/**
 * The 64-bit hash that identifies a token's normalised form: equal forms hash equal in every text, so
 * texts can be compared by hash with no shared dictionary (a collision between two different forms is
 * astronomically unlikely). A form of ASCII characters is packed a byte a character, eight characters to a
 * 64-bit chunk (the first character in the lowest byte, as a little-endian read of eight ASCII bytes gives
 * them; a last, shorter chunk is zero-padded), and the chunks are mixed in; any other form is hashed with
 * FNV-1a. Either way the result is finished with the form's length. {@link Tokenizer#scanHashed} computes
 * the same hash while it scans, eight characters at a time.
 */
public final class FormHash {

    /** ASCII characters packed into one chunk: 8 x 8 = 64 bits. */
    static final int CHUNK = 8;
    static final long SEED = 0x243F6A8885A308D3L;
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private FormHash() {
    }

    /** The hash of a normalised form. */
    public static long of(CharSequence form) {
        int len = form.length();
        for (int i = 0; i < len; i++) {
            if (form.charAt(i) >= 128) {
                long h = 0xCBF29CE484222325L;
                for (int j = 0; j < len; j++) {
                    h = (h ^ form.charAt(j)) * FNV_PRIME;
                }
                return finish(~h, len);
            }
        }
        long h = SEED;
        for (int c = 0; c < len; c += CHUNK) {
            long chunk = 0;
            int end = Math.min(len, c + CHUNK);
            for (int i = c; i < end; i++) {
                chunk |= (long) form.charAt(i) << ((i - c) << 3);
            }
            h = absorb(h, chunk);
        }
        return finish(h, len);
    }

    /** Mixes one chunk of packed characters into the running hash. */
    static long absorb(long h, long chunk) {
        return Long.rotateLeft((h ^ chunk) * MIX, 29);
    }

    /** The final hash from the running hash (last chunk absorbed) and the form's length. */
    static long finish(long h, int len) {
        h ^= len;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
