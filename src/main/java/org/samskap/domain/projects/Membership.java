package org.samskap.domain.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who belongs to a project (docs/API.md PM1-PM7): the members keyed by the provider's subject,
 * the pending invites by email and the one-time join links. Every change returns a new
 * membership or throws {@link ProjectInvalid} and changes nothing. A project always keeps at
 * least one owner once it has one (PM3).
 */
public record Membership(List<Member> members, List<Invite> invites, List<JoinLink> links) {
  public static final Membership EMPTY = new Membership(List.of(), List.of(), List.of());
  public static final int MAX_MEMBERS = 500;
  public static final int MAX_INVITES = 200;
  public static final int MAX_LINKS = 50;
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  public Membership {
    members = List.copyOf(members);
    invites = List.copyOf(invites);
    links = List.copyOf(links);
  }

  /** An email address, lower-cased; empty allowed unless {@code required}. */
  static String email(String raw, boolean required) {
    String s = Texts.text("email", raw, required, 254).toLowerCase(Locale.ROOT);
    if (!s.isEmpty() && !EMAIL.matcher(s).matches()) throw ProjectInvalid.field("email", "Field 'email' must be an email address.");
    return s;
  }

  public Optional<Member> member(String subject) {
    return members.stream().filter(m -> m.subject().equals(subject)).findFirst();
  }

  /** Rule PM1: the person who creates a project while signed in is its first owner. */
  public static Membership ofCreator(String subject, String name, String email, long now) {
    return new Membership(List.of(new Member(subject, name, email, MemberRole.OWNER, now)), List.of(), List.of());
  }

  /** Rule PM3: a member's new role; the last owner keeps theirs. */
  public Membership withRole(String subject, MemberRole role) {
    Member m = member(subject).orElseThrow(() -> new ProjectInvalid("not_found", "subject", "There is no such member."));
    if (m.role() == MemberRole.OWNER && role != MemberRole.OWNER) lastOwnerCheck();
    List<Member> next = new ArrayList<>();
    for (Member x : members) next.add(x.subject().equals(subject) ? x.as(role) : x);
    return new Membership(next, invites, links);
  }

  /** Rule PM3: a member leaves or is removed; the last owner cannot be. */
  public Membership without(String subject) {
    Member m = member(subject).orElseThrow(() -> new ProjectInvalid("not_found", "subject", "There is no such member."));
    if (m.role() == MemberRole.OWNER) lastOwnerCheck();
    return new Membership(members.stream().filter(x -> !x.subject().equals(subject)).toList(), invites, links);
  }

  private void lastOwnerCheck() {
    if (members.stream().filter(x -> x.role() == MemberRole.OWNER).count() <= 1) {
      throw new ProjectInvalid("last_owner", "role", "A project keeps at least one owner; make someone else owner first.");
    }
  }

  /** Rule PM4: invites {@code email} in {@code role}; a second invite of the same email replaces the first. */
  public Membership invite(Invite i) {
    if (members.stream().anyMatch(m -> m.email().equals(i.email()))) {
      throw new ProjectInvalid("conflict", "email", "A member with that email is in the project already.");
    }
    List<Invite> next = new ArrayList<>(invites.stream().filter(x -> !x.email().equals(i.email())).toList());
    if (next.size() >= MAX_INVITES) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_INVITES + " invites.");
    next.add(i);
    return new Membership(members, next, links);
  }

  /** Rule PM4: withdraws the invite of {@code email}. */
  public Membership withoutInvite(String rawEmail) {
    String e = email(rawEmail, true);
    if (invites.stream().noneMatch(x -> x.email().equals(e))) throw new ProjectInvalid("not_found", "email", "There is no invite for that email.");
    return new Membership(members, invites.stream().filter(x -> !x.email().equals(e)).toList(), links);
  }

  /**
   * Rule PM4: the signed-in person whose (provider-given) email has an invite becomes a member in
   * its role, and the invite is spent. No invite for that email is {@code no_invite}.
   */
  public Membership accept(String subject, String name, String rawEmail, long now) {
    String e = rawEmail == null || rawEmail.isBlank() ? "" : email(rawEmail, true);
    Invite i = invites.stream().filter(x -> !e.isEmpty() && x.email().equals(e)).findFirst()
        .orElseThrow(() -> new ProjectInvalid("no_invite", "email", "There is no invite for the email you signed in with."));
    if (member(subject).isPresent()) throw new ProjectInvalid("conflict", "subject", "You are a member of this project already.");
    List<Member> next = new ArrayList<>(members);
    if (next.size() >= MAX_MEMBERS) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_MEMBERS + " members.");
    next.add(new Member(subject, name, e, i.role(), now));
    return new Membership(next, invites.stream().filter(x -> x != i).toList(), links);
  }

  /** Rule PM5: a new one-time join link; spent and expired links beyond the cap are dropped, oldest first. */
  public Membership withLink(JoinLink l, long now) {
    List<JoinLink> next = new ArrayList<>(links);
    while (next.size() >= MAX_LINKS) {
      Optional<JoinLink> dead = next.stream().filter(x -> x.used() || x.expiresAt() <= now).findFirst();
      if (dead.isEmpty()) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_LINKS + " open join links.");
      next.remove(dead.get());
    }
    next.add(l);
    return new Membership(members, invites, next);
  }

  /**
   * Rule PM5: the signed-in person who brings the link whose hash is {@code hash} joins in its
   * role. An unknown link is {@code invalid_token}, a spent one {@code link_used}, one past its
   * time {@code link_expired}; a member already is {@code conflict} and the link stays unspent.
   */
  public Membership join(String hash, String subject, String name, String rawEmail, long now) {
    JoinLink l = links.stream().filter(x -> x.hash().equals(hash)).findFirst()
        .orElseThrow(() -> new ProjectInvalid("invalid_token", "token", "The join link does not open this project."));
    if (l.used()) throw new ProjectInvalid("link_used", "token", "This join link has been used; ask the owner for a new one.");
    if (l.expiresAt() <= now) throw new ProjectInvalid("link_expired", "token", "This join link has expired; ask the owner for a new one.");
    if (member(subject).isPresent()) throw new ProjectInvalid("conflict", "subject", "You are a member of this project already.");
    if (members.size() >= MAX_MEMBERS) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_MEMBERS + " members.");
    String e = rawEmail == null || rawEmail.isBlank() ? "" : email(rawEmail, true);
    List<Member> next = new ArrayList<>(members);
    next.add(new Member(subject, name, e, l.role(), now));
    List<JoinLink> spent = new ArrayList<>();
    for (JoinLink x : links) spent.add(x != l ? x : new JoinLink(x.id(), x.hash(), x.role(), x.createdAt(), x.expiresAt(), now, subject));
    return new Membership(next, invites.stream().filter(x -> e.isEmpty() || !x.email().equals(e)).toList(), spent);
  }
}
