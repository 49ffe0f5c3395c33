package app.skillpath.transfer;

import java.io.InputStream;
import java.util.Arrays;

/** A stream of spaces of a given size that counts how much of it was read: for upload-limit tests. */
public final class CountingInputStream extends InputStream {

    private final long size;
    private long read;

    public CountingInputStream(long size) {
        this.size = size;
    }

    public long size() {
        return size;
    }

    public long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= size) {
            return -1;
        }
        read++;
        return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (read >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - read);
        Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        read += n;
        return n;
    }
}
