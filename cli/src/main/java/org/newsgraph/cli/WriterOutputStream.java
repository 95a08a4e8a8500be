package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes to a {@link Writer}: lets the store's stream writers print through a picocli command's writer, so
 * tests capture what a command prints. Not thread-safe. Closing flushes but does not close the writer.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        in.flip();
        while (true) {
            var result = decoder.decode(in, out, end);
            drain();
            if (result.isUnderflow()) {
                break;
            }
        }
        in.compact();
    }

    private void drain() throws IOException {
        out.flip();
        writer.write(out.array(), out.arrayOffset() + out.position(), out.remaining());
        out.clear();
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(out);
        drain();
        writer.flush();
    }
}
