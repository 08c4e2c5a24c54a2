package org.samskap.http;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.domain.Reason;
import org.samskap.protocol.Refused;

/**
 * Rule A14: {@code POST /api/qr} {@code {"text":"https://..."}} answers the link as a QR code in
 * SVG, drawn here with ZXing, so a share link can be scanned from a projector. The link travels
 * in the body, never in a URL or a log.
 */
final class QrRoutes {
  static final int MAX_CHARS = 1000;

  void mount(Router router) {
    router.post("/api/qr").handler(BodyHandler.create(false).setBodyLimit(4096)).handler(this::qr);
  }

  private void qr(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    String text = body != null && body.getValue("text") instanceof String s ? s : "";
    if (!(text.startsWith("https://") || text.startsWith("http://")) || text.length() > MAX_CHARS) {
      Problems.send(rc, new Refused(Reason.BAD_REQUEST, "Field 'text' must be a link (http or https) of at most " + MAX_CHARS + " characters."));
      return;
    }
    String svg;
    try {
      svg = svg(text);
    } catch (WriterException e) {
      Problems.send(rc, new Refused(Reason.BAD_REQUEST, "The link is too long for a QR code."));
      return;
    }
    rc.response().putHeader("Content-Type", "image/svg+xml; charset=utf-8").putHeader("Cache-Control", "no-store").end(svg);
  }

  /** The QR code of {@code text} as an SVG: one square per dark module, a quiet zone of 4. */
  static String svg(String text) throws WriterException {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.MARGIN, 4);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    int w = m.getWidth();
    int h = m.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (m.get(x, y)) path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
