package io.diameterharness.peer;

import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A plain blocking socket for tests that must write exact (or broken) bytes. */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
    }

    static RawClient connect(InetSocketAddress address) throws IOException {
        Socket s = new Socket();
        s.connect(address, 5000);
        s.setTcpNoDelay(true);
        return new RawClient(s);
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    byte[] readFrame(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        byte[] head = new byte[4];
        in.readFully(head);
        int len = ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        byte[] frame = new byte[len];
        System.arraycopy(head, 0, frame, 0, 4);
        in.readFully(frame, 4, len - 4);
        return frame;
    }

    void readFully(byte[] into, Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        in.readFully(into);
    }

    /** Whether at least one byte arrives within the timeout (it is consumed). */
    boolean hasInput(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            return in.read() >= 0;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    DiameterMessage readMessage(Duration timeout) throws IOException {
        DecodeResult r = MessageDecoder.decode(readFrame(timeout));
        return r.message();
    }

    /** Whether the server closed the connection (EOF or reset) within the timeout. */
    boolean awaitEof(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (EOFException | java.net.SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
