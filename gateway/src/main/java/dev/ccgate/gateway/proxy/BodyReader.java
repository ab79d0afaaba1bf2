package dev.ccgate.gateway.proxy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a request body without blocking, refusing it as soon as it passes the size limit. The
 * kernel needs {@code model} before anything goes upstream, so a request body is read whole (it is
 * bounded by {@code --max-body}); responses are never held whole.
 *
 * <p>When the body is not all there yet, the reader waits with {@code demand}, and Jetty runs it
 * again when more arrives with the invocation type it declares. A plain {@code Runnable} counts as
 * blocking: Jetty then hands the selector to another thread before running it, one thread wake-up
 * per request whose body comes in a later packet than its headers (as most clients send them). So
 * it declares the handler's own type: non-blocking unless deciding waits for Redis.
 */
final class BodyReader implements Runnable, Invocable {
  /** The body passed the limit; the answer is 413. */
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("request body too large", null, false, false);
    }
  }

  private final Request clientToProxyRequest;
  private final long maxBytes;
  private final BiConsumer<byte[], Throwable> done;
  private final InvocationType invocationType;
  private byte[] body;
  private int size;

  private BodyReader(
      Request clientToProxyRequest,
      long maxBytes,
      InvocationType invocationType,
      BiConsumer<byte[], Throwable> done) {
    this.clientToProxyRequest = clientToProxyRequest;
    this.maxBytes = maxBytes;
    this.invocationType = invocationType;
    this.done = done;
    long declared = clientToProxyRequest.getLength();
    this.body = new byte[(int) Math.min(Math.max(declared, 1024), Math.min(maxBytes, 1 << 20))];
  }

  /**
   * Reads the body of {@code clientToProxyRequest}, then calls {@code done} once; {@code done} runs
   * on a Jetty thread that treats it as {@code invocationType}.
   */
  static void read(
      Request clientToProxyRequest,
      long maxBytes,
      InvocationType invocationType,
      BiConsumer<byte[], Throwable> done) {
    if (clientToProxyRequest.getLength() > maxBytes) {
      done.accept(null, new TooLargeException()); // refused on Content-Length, nothing read
      return;
    }
    new BodyReader(clientToProxyRequest, maxBytes, invocationType, done).run();
  }

  @Override
  public InvocationType getInvocationType() {
    return invocationType;
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = clientToProxyRequest.read();
      if (chunk == null) {
        clientToProxyRequest.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        done.accept(null, chunk.getFailure());
        return;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      int n = bytes.remaining();
      if (size + (long) n > maxBytes) {
        chunk.release();
        done.accept(null, new TooLargeException());
        return;
      }
      if (size + n > body.length) {
        body = Arrays.copyOf(body, (int) Math.min(maxBytes, Math.max(size + n, 2L * body.length)));
      }
      bytes.get(body, size, n);
      size += n;
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        done.accept(size == body.length ? body : Arrays.copyOf(body, size), null);
        return;
      }
    }
  }
}
