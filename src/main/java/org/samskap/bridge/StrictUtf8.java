package org.samskap.bridge;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule T12: a websocket text frame (or a text message sent in fragments) that is not valid UTF-8
 * closes the socket with 1007 (invalid frame payload data, RFC 6455 8.1) before any of it reaches
 * the bridge. Vert.x decodes text frames leniently, replacing bad bytes with U+FFFD, and has no
 * setting for Netty's validator; so this puts Netty's {@link Utf8FrameValidator} into each HTTP/1
 * connection's pipeline, just before Vert.x's handler. There it also sees the frames of a socket
 * that uses permessage-deflate after they were inflated. HTTP requests pass through untouched.
 */
public final class StrictUtf8 {
  private static final Logger LOG = LoggerFactory.getLogger(StrictUtf8.class);
  /** Vert.x's name for its own handler in an HTTP/1 pipeline. */
  static final String VERTX_HANDLER = "handler";
  static final String NAME = "samskapUtf8";

  private StrictUtf8() {}

  /** For {@code HttpServer.connectionHandler}: installs the check on an HTTP/1 connection. */
  public static void install(HttpConnection connection) {
    if (!(connection instanceof io.vertx.core.http.impl.HttpServerConnection c)) {
      LOG.warn("websocket UTF-8 check not installed: unexpected connection type {}", connection.getClass().getName());
      return;
    }
    ChannelPipeline pipeline = c.channelHandlerContext().pipeline();
    if (pipeline.get(VERTX_HANDLER) == null) return; // HTTP/2: no websockets on this connection
    if (pipeline.get(NAME) == null) pipeline.addBefore(VERTX_HANDLER, NAME, new Validator());
  }

  /** Netty's validator, made quiet: the close frame is sent, the bad frame and any after it are dropped. */
  static final class Validator extends Utf8FrameValidator {
    private boolean failed;

    Validator() {
      super(true);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
      if (!(msg instanceof WebSocketFrame)) {
        ctx.fireChannelRead(msg);
        return;
      }
      if (failed) {
        ReferenceCountUtil.release(msg);
        return;
      }
      try {
        super.channelRead(ctx, msg); // passes a valid frame on
      } catch (CorruptedWebSocketFrameException e) {
        // Netty has released the frame and sent close 1007; the channel closes after it.
        failed = true;
        LOG.debug("websocket closed with 1007: a text frame was not valid UTF-8");
      }
    }
  }
}
