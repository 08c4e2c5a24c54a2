package org.samskap.domain.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.samskap.domain.projects.MemberRole.Action;

/** The membership rules of docs/API.md PM1-PM5 and the role table of PM2, on the pure values. */
class MembershipTest {
  static final long NOW = 1_000_000;

  static Membership owned() {
    return Membership.ofCreator("sub-a", "Anne", "Anne@Kommune.no", NOW);
  }

  static JoinLink link(String hash, MemberRole role, long expiresAt) {
    return new JoinLink("l1", hash, role, NOW, expiresAt, 0, "");
  }

  @Test
  void pm1_the_creator_is_the_one_owner_with_the_email_lower_cased() {
    Membership m = owned();
    assertEquals(1, m.members().size());
    assertEquals(MemberRole.OWNER, m.member("sub-a").orElseThrow().role());
    assertEquals("anne@kommune.no", m.member("sub-a").orElseThrow().email());
  }

  @Test
  void pm2_the_role_table() {
    assertTrue(MemberRole.OWNER.allows(Action.MEMBERS) && MemberRole.OWNER.allows(Action.OWNER_LINK));
    assertTrue(MemberRole.FACILITATOR.allows(Action.EDIT) && MemberRole.FACILITATOR.allows(Action.TICK));
    assertFalse(MemberRole.FACILITATOR.allows(Action.MEMBERS));
    assertTrue(MemberRole.MEMBER.allows(Action.TICK) && MemberRole.MEMBER.allows(Action.READ));
    assertFalse(MemberRole.MEMBER.allows(Action.EDIT));
    assertTrue(MemberRole.READONLY.allows(Action.READ));
    assertFalse(MemberRole.READONLY.allows(Action.TICK));
    assertFalse(MemberRole.READONLY.allows(Action.EDIT));
  }

  @Test
  void pm3_the_last_owner_can_be_neither_demoted_nor_removed_but_can_once_there_is_a_second() {
    ProjectInvalid demote = assertThrows(ProjectInvalid.class, () -> owned().withRole("sub-a", MemberRole.MEMBER));
    assertEquals("last_owner", demote.code());
    assertEquals("A project keeps at least one owner; make someone else owner first.", demote.getMessage());
    assertEquals("last_owner", assertThrows(ProjectInvalid.class, () -> owned().without("sub-a")).code());
    Membership after = owned().withLink(link("h1", MemberRole.MEMBER, NOW + 10), NOW)
        .join("h1", "sub-b", "Bo", "bo@kommune.no", NOW + 1).withRole("sub-b", MemberRole.OWNER).without("sub-a");
    assertEquals(List.of("sub-b"), after.members().stream().map(Member::subject).toList());
    assertEquals("not_found", assertThrows(ProjectInvalid.class, () -> owned().without("nobody")).code());
  }

  @Test
  void pm4_an_invite_is_taken_by_the_person_with_that_email_and_no_one_else() {
    Membership m = owned().invite(new Invite("Bo@Kommune.no", MemberRole.FACILITATOR, "Anne", NOW));
    ProjectInvalid other = assertThrows(ProjectInvalid.class, () -> m.accept("sub-c", "Cecilie", "cecilie@kommune.no", NOW));
    assertEquals("no_invite", other.code());
    Membership in = m.accept("sub-b", "Bo", "bo@kommune.no", NOW + 1);
    assertEquals(MemberRole.FACILITATOR, in.member("sub-b").orElseThrow().role());
    assertTrue(in.invites().isEmpty(), "the invite is spent");
    assertEquals("no_invite", assertThrows(ProjectInvalid.class, () -> in.accept("sub-x", "X", "bo@kommune.no", NOW)).code());
  }

  @Test
  void pm4_an_invite_needs_an_email_and_a_member_email_is_a_conflict_and_a_second_invite_replaces_the_first() {
    assertEquals("Field 'email' must be an email address.",
        assertThrows(ProjectInvalid.class, () -> new Invite("not an email", MemberRole.MEMBER, "", NOW)).getMessage());
    assertEquals("conflict", assertThrows(ProjectInvalid.class,
        () -> owned().invite(new Invite("anne@kommune.no", MemberRole.MEMBER, "", NOW))).code());
    Membership twice = owned().invite(new Invite("bo@kommune.no", MemberRole.MEMBER, "", NOW))
        .invite(new Invite("BO@kommune.no", MemberRole.READONLY, "", NOW));
    assertEquals(1, twice.invites().size());
    assertEquals(MemberRole.READONLY, twice.invites().get(0).role());
    assertTrue(twice.withoutInvite("bo@kommune.no").invites().isEmpty());
  }

  @Test
  void pm5_a_join_link_is_single_use() {
    Membership m = owned().withLink(link("h1", MemberRole.MEMBER, NOW + 10), NOW).join("h1", "sub-b", "Bo", "", NOW + 1);
    assertEquals(MemberRole.MEMBER, m.member("sub-b").orElseThrow().role());
    assertTrue(m.links().get(0).used());
    ProjectInvalid again = assertThrows(ProjectInvalid.class, () -> m.join("h1", "sub-c", "C", "", NOW + 2));
    assertEquals("link_used", again.code());
    assertEquals("This join link has been used; ask the owner for a new one.", again.getMessage());
  }

  @Test
  void pm5_an_expired_or_unknown_link_is_refused_and_a_member_already_leaves_it_unspent() {
    Membership m = owned().withLink(link("h1", MemberRole.MEMBER, NOW + 10), NOW);
    assertEquals("link_expired", assertThrows(ProjectInvalid.class, () -> m.join("h1", "sub-b", "Bo", "", NOW + 10)).code());
    assertEquals("invalid_token", assertThrows(ProjectInvalid.class, () -> m.join("h2", "sub-b", "Bo", "", NOW)).code());
    assertEquals("conflict", assertThrows(ProjectInvalid.class, () -> m.join("h1", "sub-a", "Anne", "", NOW)).code());
    assertFalse(m.links().get(0).used());
  }

  @Test
  void pm5_a_join_link_cannot_make_an_owner_and_must_expire_after_it_is_made() {
    assertEquals("A join link cannot make an owner; invite by email instead.",
        assertThrows(ProjectInvalid.class, () -> link("h", MemberRole.OWNER, NOW + 10)).getMessage());
    assertEquals("hours", assertThrows(ProjectInvalid.class, () -> link("h", MemberRole.MEMBER, NOW)).field());
  }

  @Test
  void pm5_spent_links_make_room_for_new_ones_but_open_links_are_capped() {
    Membership m = owned();
    for (int i = 0; i < Membership.MAX_LINKS; i++) m = m.withLink(new JoinLink("l" + i, "h" + i, MemberRole.MEMBER, NOW, NOW + 10, 0, ""), NOW);
    Membership full = m;
    assertEquals("too_many", assertThrows(ProjectInvalid.class,
        () -> full.withLink(new JoinLink("lx", "hx", MemberRole.MEMBER, NOW, NOW + 10, 0, ""), NOW)).code());
    Membership later = full.withLink(new JoinLink("lx", "hx", MemberRole.MEMBER, NOW + 20, NOW + 30, 0, ""), NOW + 20);
    assertEquals(Membership.MAX_LINKS, later.links().size(), "an expired link was dropped");
  }

  @Test
  void pm8_a_decision_keeps_the_subject_of_a_signed_in_decider() {
    Project p = Project.create("p1", "Trygg heime", "", "", "", "", NOW).withMembership(owned(), NOW);
    Project d = p.decide("d1", VeivalgKind.NEXT, null, "Klar", "Anne", "sub-a", List.of(), NOW + 1);
    assertEquals("sub-a", d.decisions().get(0).bySubject());
    assertEquals(owned(), d.membership(), "the membership is carried through other changes");
  }
}
