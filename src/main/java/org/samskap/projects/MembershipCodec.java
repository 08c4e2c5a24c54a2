package org.samskap.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.projects.Invite;
import org.samskap.domain.projects.JoinLink;
import org.samskap.domain.projects.Member;
import org.samskap.domain.projects.MemberRole;
import org.samskap.domain.projects.Membership;

/** The plain-map form of a project's membership (PM1) as the database keeps it inside the project. */
final class MembershipCodec {
  private MembershipCodec() {}

  static Map<String, Object> map(Membership ms) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("members", ms.members().stream().map(MembershipCodec::member).toList());
    m.put("invites", ms.invites().stream().map(i -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("email", i.email());
      x.put("role", i.role().wire());
      x.put("invitedBy", i.invitedBy());
      x.put("at", i.at());
      return x;
    }).toList());
    m.put("links", ms.links().stream().map(l -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", l.id());
      x.put("hash", l.hash());
      x.put("role", l.role().wire());
      x.put("createdAt", l.createdAt());
      x.put("expiresAt", l.expiresAt());
      x.put("usedAt", l.usedAt());
      x.put("usedBy", l.usedBy());
      return x;
    }).toList());
    return m;
  }

  static Map<String, Object> member(Member mb) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("subject", mb.subject());
    x.put("name", mb.name());
    x.put("email", mb.email());
    x.put("role", mb.role().wire());
    x.put("since", mb.since());
    return x;
  }

  static Membership membership(Map<?, ?> m) {
    List<Member> members = new ArrayList<>();
    for (Map<?, ?> x : maps(m.get("members"))) {
      members.add(new Member(s(x.get("subject")), s(x.get("name")), s(x.get("email")), role(x.get("role")), l(x.get("since"))));
    }
    List<Invite> invites = new ArrayList<>();
    for (Map<?, ?> x : maps(m.get("invites"))) {
      invites.add(new Invite(s(x.get("email")), role(x.get("role")), s(x.get("invitedBy")), l(x.get("at"))));
    }
    List<JoinLink> links = new ArrayList<>();
    for (Map<?, ?> x : maps(m.get("links"))) {
      links.add(new JoinLink(s(x.get("id")), s(x.get("hash")), role(x.get("role")), l(x.get("createdAt")), l(x.get("expiresAt")),
          l(x.get("usedAt")), s(x.get("usedBy"))));
    }
    return new Membership(members, invites, links);
  }

  private static MemberRole role(Object o) {
    return MemberRole.fromWire(s(o)).orElse(MemberRole.READONLY); // an unknown stored role grants the least
  }

  private static List<Map<?, ?>> maps(Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof List<?> list) for (Object x : list) if (x instanceof Map<?, ?> map) out.add(map);
    return out;
  }

  private static String s(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static long l(Object o) {
    return o instanceof Number n ? n.longValue() : 0L;
  }
}
