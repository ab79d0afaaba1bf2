package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.metering.Metered;
import dev.ccgate.gateway.metering.ResponseMeter;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Relays upstream's response to the client chunk by chunk as it arrives (each write goes out at
 * once, so SSE events and pings are never held back), while a {@link ResponseMeter} reads a copy.
 * The next chunk is read only when the client has taken the last one, so a slow client slows the
 * upstream read instead of filling memory.
 *
 * <p>When the client leaves, the relay keeps reading upstream (at most {@code drainTimeout}) and
 * metering, so an abandoned request is still billed with its real usage. The outcome is reported
 * before the response's last write, so a client that sends its next request as soon as this one
 * ends sees the spend already settled. A body whose length upstream declared (a JSON answer) keeps
 * that length, and the chunk that completes it is that last write; any other body (a stream) is
 * re-framed and ends with an empty last write after upstream's end.
 */
final class Relay implements org.eclipse.jetty.client.Response.Listener {
  private final org.eclipse.jetty.client.Request proxyToServerRequest;
  private final Response proxyToClientResponse;
  private final Callback proxyToClientCallback;
  private final String requestId;
  private final MeterFactory meters;
  private final Scheduler scheduler;
  private final Duration drainTimeout;
  private final Consumer<Outcome> done;
  private final AtomicBoolean clientGone = new AtomicBoolean();
  private final AtomicBoolean reported = new AtomicBoolean();
  private final Callback.Completable lastWrite = new Callback.Completable();
  private volatile Throwable clientFailure;
  private volatile Scheduler.Task drainTask;
  private volatile ResponseMeter meter = ResponseMeter.none();
  private volatile int status;
  private volatile boolean responseDone;
  // Upstream's declared body length (-1: none, e.g. SSE), the bytes relayed so far, and whether
  // the chunk that completed the body was written as the response's last write.
  private volatile long contentLength = -1;
  private volatile long received;
  private volatile boolean lastWritten;

  Relay(
      org.eclipse.jetty.client.Request proxyToServerRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      String requestId,
      MeterFactory meters,
      Scheduler scheduler,
      Duration drainTimeout,
      Consumer<Outcome> done) {
    this.proxyToServerRequest = proxyToServerRequest;
    this.proxyToClientResponse = proxyToClientResponse;
    this.proxyToClientCallback = proxyToClientCallback;
    this.requestId = requestId;
    this.meters = meters;
    this.scheduler = scheduler;
    this.drainTimeout = drainTimeout;
    this.done = done;
  }

  /** The client is gone: stop writing, keep metering until upstream ends or the drain times out. */
  void clientGone(Throwable failure) {
    if (clientGone.compareAndSet(false, true)) {
      clientFailure = failure;
      drainTask =
          scheduler.schedule(
              () -> {
                var unused =
                    proxyToServerRequest.abort(
                        new TimeoutException("client gone; upstream drain timed out"));
              },
              drainTimeout);
    }
  }

  @Override
  public void onHeaders(org.eclipse.jetty.client.Response serverToProxyResponse) {
    status = serverToProxyResponse.getStatus();
    var serverToProxyHeaders = serverToProxyResponse.getHeaders();
    meter = meters.meterFor(status, serverToProxyHeaders.get(HttpHeader.CONTENT_TYPE));
    proxyToClientResponse.setStatus(status);
    HopByHop hop = HopByHop.of(serverToProxyHeaders);
    // A declared length is kept when that many bytes will follow: the response then ends with the
    // chunk that completes it, after settling (see onContent). Otherwise (a stream; HEAD, 204 and
    // 304, whose length describes no bytes here) it is re-framed and ends after settling (see
    // onSuccess). The bytes themselves are unchanged (no content decoders).
    long declared = serverToProxyHeaders.getLongField(HttpHeader.CONTENT_LENGTH);
    boolean bodyFollows =
        declared > 0
            && !HttpMethod.HEAD.is(proxyToServerRequest.getMethod())
            && status != HttpStatus.NO_CONTENT_204
            && status != HttpStatus.NOT_MODIFIED_304;
    contentLength = bodyFollows ? declared : -1;
    var proxyToClientHeaders = proxyToClientResponse.getHeaders();
    for (HttpField field : serverToProxyHeaders) {
      if (!hop.drops(field) && (bodyFollows || field.getHeader() != HttpHeader.CONTENT_LENGTH)) {
        proxyToClientHeaders.add(field);
      }
    }
    proxyToClientHeaders.put(Replies.GATEWAY_REQUEST_ID, requestId);
  }

  @Override
  public void onContent(
      org.eclipse.jetty.client.Response serverToProxyResponse,
      Content.Chunk serverToProxyChunk,
      Runnable serverToProxyDemander) {
    ByteBuffer serverToProxyContent = serverToProxyChunk.getByteBuffer();
    received += serverToProxyContent.remaining();
    meter.accept(serverToProxyContent);
    if (clientGone.get()) {
      serverToProxyDemander.run();
      return;
    }
    // The chunk that completes a declared length is the whole answer: settle now and make this
    // the last write, so the client gets one write and no empty last chunk after it (one write
    // and one wake-up of the client fewer per JSON answer).
    boolean last = contentLength >= 0 && received >= contentLength;
    if (last) {
      lastWritten = true;
      report(new Outcome(status, meter.finish(), false, null, 0));
    }
    serverToProxyChunk.retain();
    proxyToClientResponse.write(
        last,
        serverToProxyContent,
        new Callback() {
          @Override
          public void succeeded() {
            serverToProxyChunk.release();
            serverToProxyDemander.run();
            if (last) {
              lastWrite.succeeded();
            }
          }

          @Override
          public void failed(Throwable failure) {
            serverToProxyChunk.release();
            clientGone(failure);
            serverToProxyDemander.run();
            if (last) {
              lastWrite.failed(failure);
            }
          }

          @Override
          public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
          }
        });
  }

  @Override
  public void onSuccess(org.eclipse.jetty.client.Response serverToProxyResponse) {
    responseDone = true;
    if (lastWritten) {
      return; // reported and ended with the chunk that completed the declared length
    }
    report(new Outcome(status, meter.finish(), clientGone.get(), null, 0));
    if (clientGone.get()) {
      lastWrite.failed(clientFailure);
    } else {
      proxyToClientResponse.write(true, BufferUtil.EMPTY_BUFFER, lastWrite);
    }
  }

  @Override
  public void onComplete(Result result) {
    Scheduler.Task drain = drainTask;
    if (drain != null) {
      drain.cancel();
    }
    // The response can be complete while the request side failed (upstream answered before
    // reading the whole body): the client already has a whole answer, so that counts as success.
    if (result.isSucceeded() || responseDone) {
      var unused =
          lastWrite.whenComplete(
              (ignored, failure) -> {
                if (failure == null) {
                  proxyToClientCallback.succeeded();
                } else {
                  proxyToClientCallback.failed(failure);
                }
              });
      return;
    }
    Throwable failure = result.getFailure();
    boolean answered = status != 0;
    // A response that never began costs nothing; one cut mid-way is billed from what was metered.
    Metered metered = answered ? meter.finish() : Metered.NONE;
    int reportedStatus = answered ? status : UpstreamFailures.map(failure).status();
    report(new Outcome(reportedStatus, metered, clientGone.get(), failure, 0));
    if (!clientGone.get() && !proxyToClientResponse.isCommitted()) {
      proxyToClientResponse.reset();
      Replies.error(
          proxyToClientResponse, proxyToClientCallback, UpstreamFailures.map(failure), requestId);
    } else {
      // Headers (and maybe events) are out: the only honest signal left is a broken stream.
      proxyToClientCallback.failed(failure);
    }
  }

  private void report(Outcome outcome) {
    if (reported.compareAndSet(false, true)) {
      done.accept(outcome);
    }
  }
}
