package org.samskap.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.auth.Principal;
import org.samskap.auth.SignInEvents;
import org.samskap.boards.AuditLog;
import org.samskap.util.LogSafe;

/**
 * Rule S10: sign-ins, sign-outs and refused sign-ins (S8) become audit entries of the
 * installation ({@link AuditLog#INSTALLATION}): {@code signin} and {@code signout} with the
 * person's kind as role and their subject as user, {@code signin.refused:<code>} with role
 * {@code anonymous} and no user; each with the client address of the request. Never a name, email, token or code. Then it tells
 * {@code next} (another hook, or {@link SignInEvents#NONE}).
 */
final class SignInAudit implements SignInEvents {
  private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);
  static final String SIGN_IN = "signin";
  static final String SIGN_OUT = "signout";
  static final String REFUSED = "signin.refused:";

  private final AuditLog log;
  private final SignInEvents next;

  SignInAudit(AuditLog log, SignInEvents next) {
    this.log = log;
    this.next = next;
  }

  @Override
  public void signedIn(Principal who, long at, String address) {
    add(new AuditLog.Entry(AuditLog.INSTALLATION, SIGN_IN, who.kind().wire(), null, address, at, null, who.subject()));
    next.signedIn(who, at, address);
  }

  @Override
  public void signedOut(Principal who, long at, String address) {
    add(new AuditLog.Entry(AuditLog.INSTALLATION, SIGN_OUT, who.kind().wire(), null, address, at, null, who.subject()));
    next.signedOut(who, at, address);
  }

  @Override
  public void refused(String code, long at, String address) {
    add(new AuditLog.Entry(AuditLog.INSTALLATION, REFUSED + code, Principal.Kind.ANONYMOUS.wire(), null, address, at, null, null));
    next.refused(code, at, address);
  }

  @Override
  public void signedIn(Principal who, long at) {
    signedIn(who, at, null);
  }

  @Override
  public void signedOut(Principal who, long at) {
    signedOut(who, at, null);
  }

  @Override
  public void refused(String code, long at) {
    refused(code, at, null);
  }

  private void add(AuditLog.Entry e) {
    log.add(e).onFailure(x -> LOG.warn("audit: entry {} not written: {}", e.action(), LogSafe.describe(x)));
  }
}
