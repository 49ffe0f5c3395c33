package app.skillpath.team;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.TARGET;
import static app.skillpath.db.generated.Tables.TARGET_SKILL;
import static app.skillpath.db.generated.Tables.TEAM;
import static app.skillpath.db.generated.Tables.TEAM_COMPOSITION;
import static app.skillpath.db.generated.Tables.TEAM_INVITATION;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static app.skillpath.db.generated.Tables.TEAM_SUGGESTION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

/**
 * Teams, memberships, invitation links, target compositions and suggestions. Every statement names the party it acts
 * for in its where clause (a member of the team, or its owner), so a request naming someone else's team reads and
 * changes nothing, whatever the page sent.
 */
@Repository
public class TeamRepository {

    private static final app.skillpath.db.generated.tables.AppUser OWNER = APP_USER.as("owner");
    private static final app.skillpath.db.generated.tables.AppUser MEMBER = APP_USER.as("member");
    private static final app.skillpath.db.generated.tables.TeamMember ME = TEAM_MEMBER.as("me");
    private static final String SUGGESTED = "suggested";

    private final DSLContext dsl;

    public TeamRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<String> nameOf(app.skillpath.db.generated.tables.AppUser user) {
        return coalesce(user.DISPLAY_NAME, user.USERNAME);
    }

    /** The team is one the user belongs to. */
    private static Condition memberOf(Field<Long> teamId, long userId) {
        return exists(selectOne().from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.MEMBER_ID.eq(userId)));
    }

    /** The team is one the user owns. */
    private static Condition ownedBy(Field<Long> teamId, long ownerId) {
        return exists(selectOne().from(TEAM).where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId)));
    }

    // ---- teams and memberships ----

    public long insertTeam(long ownerId, String name, OffsetDateTime now) {
        long id = dsl.insertInto(TEAM).set(TEAM.OWNER_ID, ownerId).set(TEAM.NAME, name).set(TEAM.CREATED_AT, now)
                .returning(TEAM.ID).fetchSingle().getId();
        dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, id).set(TEAM_MEMBER.MEMBER_ID, ownerId)
                .set(TEAM_MEMBER.JOINED_AT, now).execute();
        return id;
    }

    public List<TeamSummary> teamsOf(long userId) {
        Field<Integer> members = field(selectCount().from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID)));
        return dsl.select(TEAM.ID, TEAM.NAME, nameOf(OWNER), TEAM.OWNER_ID, members, ME.SHARES_NOTES)
                .from(TEAM).join(ME).on(ME.TEAM_ID.eq(TEAM.ID)).and(ME.MEMBER_ID.eq(userId))
                .join(OWNER).on(OWNER.ID.eq(TEAM.OWNER_ID))
                .orderBy(TEAM.NAME, TEAM.ID)
                .fetch(row -> new TeamSummary(row.value1(), row.value2(), row.value3(), row.value4() == userId,
                        row.value5(), row.value6()));
    }

    public int teamCount(long userId) {
        return dsl.fetchCount(TEAM_MEMBER, TEAM_MEMBER.MEMBER_ID.eq(userId));
    }

    public int memberCount(long teamId) {
        return dsl.fetchCount(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID.eq(teamId));
    }

    /** The team's id if the user owns it, its row locked until the transaction ends (limits count one at a time). */
    public Optional<Long> lockOwned(long teamId, long ownerId) {
        return dsl.select(TEAM.ID).from(TEAM).where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId))
                .forNoKeyUpdate().fetchOptional(TEAM.ID);
    }

    /** Locks the team's row until the transaction ends (limits on its members count one join at a time). */
    public void lockTeam(long teamId) {
        dsl.select(TEAM.ID).from(TEAM).where(TEAM.ID.eq(teamId)).forNoKeyUpdate().fetchOptional();
    }

    public boolean owns(long teamId, long userId) {
        return dsl.fetchExists(TEAM, TEAM.ID.eq(teamId).and(TEAM.OWNER_ID.eq(userId)));
    }

    public boolean rename(long teamId, long ownerId, String name) {
        return dsl.update(TEAM).set(TEAM.NAME, name).where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    public boolean delete(long teamId, long ownerId) {
        return dsl.deleteFrom(TEAM).where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    /**
     * The owner removes another member; false when the team is not theirs or the person is not a member. Takes the
     * team's row lock first, like a hand-over: otherwise a hand-over to this member that had already checked them
     * would make them owner after they are gone, and fail at commit on the owner-is-a-member key with no plain message.
     */
    public boolean remove(long teamId, long ownerId, long memberId) {
        lockTeam(teamId);
        return dsl.deleteFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.MEMBER_ID.eq(memberId))
                .and(TEAM_MEMBER.MEMBER_ID.ne(ownerId)).and(ownedBy(TEAM_MEMBER.TEAM_ID, ownerId))
                .execute() == 1;
    }

    /**
     * A member leaves; the owner cannot (they hand the team over or delete it first). Takes the team's row lock first,
     * so a hand-over to this member in progress finishes before the "not the owner" check reads the team (see remove).
     */
    public boolean leave(long teamId, long memberId) {
        lockTeam(teamId);
        return dsl.deleteFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.MEMBER_ID.eq(memberId))
                .andNot(ownedBy(TEAM_MEMBER.TEAM_ID, memberId))
                .execute() == 1;
    }

    public boolean share(long teamId, long memberId, boolean sharesNotes) {
        return dsl.update(TEAM_MEMBER).set(TEAM_MEMBER.SHARES_NOTES, sharesNotes)
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.MEMBER_ID.eq(memberId)).execute() == 1;
    }

    /**
     * Hands the team to another member. The former owner's targets leave the composition first (they were shared by
     * the former owner, and stay theirs); the rest of the composition follows the new owner.
     */
    public boolean handOver(long teamId, long ownerId, long newOwnerId) {
        if (lockOwned(teamId, ownerId).isEmpty() || newOwnerId == ownerId) {
            return false;
        }
        boolean member = dsl.fetchExists(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID.eq(teamId).and(TEAM_MEMBER.MEMBER_ID.eq(newOwnerId)));
        if (!member) {
            return false;
        }
        dsl.deleteFrom(TEAM_COMPOSITION).where(TEAM_COMPOSITION.TEAM_ID.eq(teamId))
                .and(TEAM_COMPOSITION.TARGET_ID.isNotNull()).execute();
        return dsl.update(TEAM).set(TEAM.OWNER_ID, newOwnerId)
                .where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    /** Teams the user owns that have other members, with those members (for handing over before deleting an account). */
    public List<OwnedTeam> ownedWithOthers(long ownerId) {
        var heirs = multiset(select(MEMBER.ID, nameOf(MEMBER)).from(TEAM_MEMBER).join(MEMBER).on(MEMBER.ID.eq(TEAM_MEMBER.MEMBER_ID))
                .where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID)).and(TEAM_MEMBER.MEMBER_ID.ne(ownerId))
                .orderBy(nameOf(MEMBER), MEMBER.ID)).as("heirs");
        return dsl.select(TEAM.ID, TEAM.NAME, heirs).from(TEAM).where(TEAM.OWNER_ID.eq(ownerId)).orderBy(TEAM.NAME, TEAM.ID)
                .fetch(row -> new OwnedTeam(row.value1(), row.value2(),
                        row.value3().map(heir -> new OwnedTeam.Heir(heir.value1(), heir.value2()))))
                .stream().filter(team -> !team.otherMembers().isEmpty()).toList();
    }

    // ---- invitation links ----

    /** Stores a link for the owner's team; empty when the team is not theirs. */
    public Optional<Long> insertInvitation(long teamId, long ownerId, byte[] tokenHash, OffsetDateTime now,
                                           OffsetDateTime expiresAt) {
        return dsl.insertInto(TEAM_INVITATION, TEAM_INVITATION.TEAM_ID, TEAM_INVITATION.TOKEN_HASH,
                        TEAM_INVITATION.CREATED_AT, TEAM_INVITATION.EXPIRES_AT)
                .select(select(TEAM.ID, val(tokenHash), val(now), val(expiresAt)).from(TEAM)
                        .where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId)))
                .returning(TEAM_INVITATION.ID).fetchOptional().map(row -> row.getId());
    }

    public int openInvitationCount(long teamId, OffsetDateTime now) {
        return dsl.fetchCount(TEAM_INVITATION, TEAM_INVITATION.TEAM_ID.eq(teamId)
                .and(TEAM_INVITATION.STATE.eq("invited")).and(TEAM_INVITATION.EXPIRES_AT.gt(now)));
    }

    public int invitationCount(long teamId) {
        return dsl.fetchCount(TEAM_INVITATION, TEAM_INVITATION.TEAM_ID.eq(teamId));
    }

    /** The owner's links for their team, newest first. */
    public List<TeamInvitationSummary> invitations(long teamId, long ownerId, OffsetDateTime now) {
        return dsl.select(TEAM_INVITATION.ID, TEAM_INVITATION.STATE, TEAM_INVITATION.EXPIRES_AT, nameOf(MEMBER),
                        TEAM_INVITATION.CREATED_AT)
                .from(TEAM_INVITATION).join(TEAM).on(TEAM.ID.eq(TEAM_INVITATION.TEAM_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(TEAM_INVITATION.MEMBER_ID))
                .where(TEAM.ID.eq(teamId)).and(TEAM.OWNER_ID.eq(ownerId))
                .orderBy(TEAM_INVITATION.CREATED_AT.desc(), TEAM_INVITATION.ID.desc())
                .limit(200)
                .fetch(row -> new TeamInvitationSummary(row.value1(), switch (row.value2()) {
                    case "invited" -> row.value3().isAfter(now) ? TeamInvitationSummary.State.OPEN : TeamInvitationSummary.State.EXPIRED;
                    case "accepted" -> TeamInvitationSummary.State.ACCEPTED;
                    case "declined" -> TeamInvitationSummary.State.DECLINED;
                    default -> TeamInvitationSummary.State.WITHDRAWN;
                }, Optional.ofNullable(row.value4()), row.value5().toInstant(), row.value3().toInstant()));
    }

    public boolean withdraw(long teamId, long ownerId, long invitationId, OffsetDateTime now) {
        return dsl.update(TEAM_INVITATION)
                .set(TEAM_INVITATION.STATE, "withdrawn").set(TEAM_INVITATION.TOKEN_HASH, (byte[]) null)
                .set(TEAM_INVITATION.CLOSED_AT, now)
                .where(TEAM_INVITATION.ID.eq(invitationId)).and(TEAM_INVITATION.TEAM_ID.eq(teamId))
                .and(TEAM_INVITATION.STATE.eq("invited")).and(ownedBy(TEAM_INVITATION.TEAM_ID, ownerId))
                .execute() == 1;
    }

    /** A working link, by its token's hash: the team, who owns it, and whether the visitor is in it already. */
    public Optional<LinkRow> link(byte[] tokenHash, long visitorId, OffsetDateTime now) {
        Field<Integer> members = field(selectCount().from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID)));
        return dsl.select(TEAM.ID, TEAM.NAME, nameOf(OWNER), members, field(memberOf(TEAM.ID, visitorId)),
                        TEAM_INVITATION.EXPIRES_AT)
                .from(TEAM_INVITATION).join(TEAM).on(TEAM.ID.eq(TEAM_INVITATION.TEAM_ID))
                .join(OWNER).on(OWNER.ID.eq(TEAM.OWNER_ID))
                .where(openLink(tokenHash, now))
                .fetchOptional(row -> new LinkRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6().toInstant()));
    }

    public record LinkRow(long teamId, String teamName, String ownerName, int memberCount, boolean visitorIsMember,
                          java.time.Instant expiresAt) {
    }

    private static Condition openLink(byte[] tokenHash, OffsetDateTime now) {
        return TEAM_INVITATION.TOKEN_HASH.eq(tokenHash).and(TEAM_INVITATION.STATE.eq("invited"))
                .and(TEAM_INVITATION.EXPIRES_AT.gt(now));
    }

    /**
     * Takes a link once for a visitor not yet in the team: marks it used by them and adds them as a member (levels
     * only). Returns the team's id, or empty when the link does not work or the visitor is a member already.
     */
    public Optional<Long> accept(byte[] tokenHash, long visitorId, OffsetDateTime now) {
        Optional<Long> teamId = dsl.update(TEAM_INVITATION)
                .set(TEAM_INVITATION.STATE, "accepted").set(TEAM_INVITATION.MEMBER_ID, visitorId)
                .set(TEAM_INVITATION.TOKEN_HASH, (byte[]) null).set(TEAM_INVITATION.CLOSED_AT, now)
                .where(openLink(tokenHash, now)).andNot(memberOf(TEAM_INVITATION.TEAM_ID, visitorId))
                .returning(TEAM_INVITATION.TEAM_ID).fetchOptional().map(row -> row.getTeamId());
        teamId.ifPresent(id -> dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, id).set(TEAM_MEMBER.MEMBER_ID, visitorId)
                .set(TEAM_MEMBER.JOINED_AT, now).execute());
        return teamId;
    }

    public boolean decline(byte[] tokenHash, long visitorId, OffsetDateTime now) {
        return dsl.update(TEAM_INVITATION)
                .set(TEAM_INVITATION.STATE, "declined").set(TEAM_INVITATION.MEMBER_ID, visitorId)
                .set(TEAM_INVITATION.TOKEN_HASH, (byte[]) null).set(TEAM_INVITATION.CLOSED_AT, now)
                .where(openLink(tokenHash, now)).andNot(memberOf(TEAM_INVITATION.TEAM_ID, visitorId))
                .execute() == 1;
    }

    // ---- the matrix ----

    /**
     * The team as a member sees it, in two statements: (1) the team, whether the viewer owns it, its composition and
     * the catalog skills' required levels of the targets its owner shares; (2) every member with their levels, and
     * their notes only if they share notes. Empty when the viewer is not a member.
     */
    public Optional<MatrixRows> matrix(long teamId, long viewerId) {
        var targets = multiset(select(TARGET.ID, TARGET.TITLE, multiset(select(SKILL.KEY, TARGET_SKILL.REQUIRED_LEVEL)
                        .from(TARGET_SKILL).join(SKILL).on(SKILL.ID.eq(TARGET_SKILL.SKILL_ID))
                        .where(TARGET_SKILL.TARGET_ID.eq(TARGET.ID)).and(TARGET_SKILL.OWNER_ID.eq(TARGET.OWNER_ID))))
                .from(TEAM_COMPOSITION).join(TARGET).on(TARGET.ID.eq(TEAM_COMPOSITION.TARGET_ID))
                .and(TARGET.OWNER_ID.eq(TEAM_COMPOSITION.OWNER_ID))
                .where(TEAM_COMPOSITION.TEAM_ID.eq(TEAM.ID))).as("targets");
        var needs = multiset(select(ROLE.KEY, TEAM_COMPOSITION.TARGET_ID, TEAM_COMPOSITION.HEAD_COUNT)
                .from(TEAM_COMPOSITION).leftJoin(ROLE).on(ROLE.ID.eq(TEAM_COMPOSITION.ROLE_ID))
                .where(TEAM_COMPOSITION.TEAM_ID.eq(TEAM.ID)).orderBy(TEAM_COMPOSITION.POSITION)).as("needs");
        var header = dsl.select(TEAM.ID, TEAM.NAME, TEAM.OWNER_ID, targets, needs)
                .from(TEAM).where(TEAM.ID.eq(teamId)).and(memberOf(TEAM.ID, viewerId))
                .fetchOptional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        var team = header.get();
        List<SharedTarget> sharedTargets = team.value4().map(target -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            target.value3().forEach(skill -> levels.put(skill.value1(), skill.value2()));
            return new SharedTarget(target.value1(), target.value2(), levels);
        });
        List<NeedRow> needRows = team.value5().map(need -> new NeedRow(Optional.ofNullable(need.value1()),
                Optional.ofNullable(need.value2()), need.value3()));
        var ratings = multiset(select(SKILL.KEY, SKILL_RATING.LEVEL, DSL.when(TEAM_MEMBER.SHARES_NOTES, SKILL_RATING.NOTE))
                .from(SKILL_RATING).join(SKILL).on(SKILL.ID.eq(SKILL_RATING.SKILL_ID))
                .where(SKILL_RATING.OWNER_ID.eq(TEAM_MEMBER.MEMBER_ID))).as("ratings");
        List<MemberRow> members = dsl.select(TEAM_MEMBER.MEMBER_ID, nameOf(MEMBER), TEAM_MEMBER.SHARES_NOTES, ratings)
                .from(TEAM_MEMBER).join(MEMBER).on(MEMBER.ID.eq(TEAM_MEMBER.MEMBER_ID))
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(memberOf(TEAM_MEMBER.TEAM_ID, viewerId))
                .orderBy(nameOf(MEMBER), TEAM_MEMBER.MEMBER_ID)
                .fetch(row -> {
                    Map<String, Integer> levels = new LinkedHashMap<>();
                    Map<String, String> notes = new LinkedHashMap<>();
                    row.value4().forEach(rating -> {
                        // one String per catalog key, not one per rating: a matrix of 200 members read 2,200
                        // copies of 11 keys (134 KB per open session, docs/BENCHMARKS.md)
                        String skillKey = rating.value1().intern();
                        if (rating.value2() != null) {
                            levels.put(skillKey, rating.value2());
                        }
                        if (rating.value3() != null && !rating.value3().isBlank()) {
                            notes.put(skillKey, rating.value3());
                        }
                    });
                    return new MemberRow(row.value1(), row.value2(), row.value3(), levels, notes);
                });
        return Optional.of(new MatrixRows(team.value1(), team.value2(), team.value3(), sharedTargets, needRows, members));
    }

    public record MatrixRows(long teamId, String name, long ownerId, List<SharedTarget> targets, List<NeedRow> needs,
                             List<MemberRow> members) {
    }

    public record SharedTarget(long id, String title, Map<String, Integer> requiredLevels) {
    }

    public record NeedRow(Optional<String> roleKey, Optional<Long> targetId, int headCount) {
    }

    public record MemberRow(long id, String name, boolean sharesNotes, Map<String, Integer> levels, Map<String, String> notes) {
    }

    /**
     * Replaces the owner's team's composition: catalog roles by key and the owner's own targets by id, in order.
     * False when the team is not theirs; a role or target that is not there (or not theirs) is left out by the join
     * and reported by the count.
     */
    public int replaceComposition(long teamId, long ownerId, List<NeedRow> needs) {
        if (lockOwned(teamId, ownerId).isEmpty()) {
            return -1;
        }
        dsl.deleteFrom(TEAM_COMPOSITION).where(TEAM_COMPOSITION.TEAM_ID.eq(teamId)).execute();
        int stored = 0;
        for (int position = 0; position < needs.size(); position++) {
            NeedRow need = needs.get(position);
            if (need.roleKey().isPresent()) {
                stored += dsl.insertInto(TEAM_COMPOSITION, TEAM_COMPOSITION.TEAM_ID, TEAM_COMPOSITION.OWNER_ID,
                                TEAM_COMPOSITION.ROLE_ID, TEAM_COMPOSITION.HEAD_COUNT, TEAM_COMPOSITION.POSITION)
                        .select(select(val(teamId), val(ownerId), ROLE.ID, val(need.headCount()), val(position))
                                .from(ROLE).where(ROLE.KEY.eq(need.roleKey().get())))
                        .execute();
            } else if (need.targetId().isPresent()) {
                stored += dsl.insertInto(TEAM_COMPOSITION, TEAM_COMPOSITION.TEAM_ID, TEAM_COMPOSITION.OWNER_ID,
                                TEAM_COMPOSITION.TARGET_ID, TEAM_COMPOSITION.HEAD_COUNT, TEAM_COMPOSITION.POSITION)
                        .select(select(val(teamId), val(ownerId), TARGET.ID, val(need.headCount()), val(position))
                                .from(TARGET).where(TARGET.ID.eq(need.targetId().get())).and(TARGET.OWNER_ID.eq(ownerId)))
                        .execute();
            }
        }
        return stored;
    }

    // ---- suggestions ----

    /** The owner suggests a step to a member of their team; empty when the team is not theirs or the person not in it. */
    public Optional<Long> insertSuggestion(long teamId, long ownerId, long memberId, String skillKey, String title,
                                           String action, OffsetDateTime now) {
        return dsl.insertInto(TEAM_SUGGESTION, TEAM_SUGGESTION.TEAM_ID, TEAM_SUGGESTION.MEMBER_ID, TEAM_SUGGESTION.SKILL_ID,
                        TEAM_SUGGESTION.TITLE, TEAM_SUGGESTION.ACTION, TEAM_SUGGESTION.CREATED_AT)
                .select(select(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.MEMBER_ID, SKILL.ID, val(title), val(action), val(now))
                        .from(TEAM_MEMBER).join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID)).and(TEAM.OWNER_ID.eq(ownerId))
                        .join(SKILL).on(SKILL.KEY.eq(skillKey))
                        .where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.MEMBER_ID.eq(memberId)))
                .returning(TEAM_SUGGESTION.ID).fetchOptional().map(row -> row.getId());
    }

    public int pendingSuggestionCount(long teamId, long memberId) {
        return dsl.fetchCount(TEAM_SUGGESTION, TEAM_SUGGESTION.TEAM_ID.eq(teamId)
                .and(TEAM_SUGGESTION.MEMBER_ID.eq(memberId)).and(TEAM_SUGGESTION.STATE.eq(SUGGESTED)));
    }

    public int suggestionCount(long teamId, long memberId) {
        return dsl.fetchCount(TEAM_SUGGESTION, TEAM_SUGGESTION.TEAM_ID.eq(teamId).and(TEAM_SUGGESTION.MEMBER_ID.eq(memberId)));
    }

    /** Suggestions the owner made in their team, newest first. */
    public List<Suggestion> suggestionsOfTeam(long teamId, long ownerId) {
        return suggestions(TEAM_SUGGESTION.TEAM_ID.eq(teamId).and(TEAM.OWNER_ID.eq(ownerId)));
    }

    /** Suggestions made to the member that wait for their answer, newest first. */
    public List<Suggestion> pendingFor(long memberId) {
        return suggestions(TEAM_SUGGESTION.MEMBER_ID.eq(memberId).and(TEAM_SUGGESTION.STATE.eq(SUGGESTED)));
    }

    public Optional<Suggestion> pendingSuggestion(long suggestionId, long memberId) {
        return suggestions(TEAM_SUGGESTION.ID.eq(suggestionId).and(TEAM_SUGGESTION.MEMBER_ID.eq(memberId))
                .and(TEAM_SUGGESTION.STATE.eq(SUGGESTED))).stream().findFirst();
    }

    private List<Suggestion> suggestions(Condition which) {
        return dsl.select(TEAM_SUGGESTION.ID, TEAM.ID, TEAM.NAME, nameOf(OWNER), MEMBER.ID, nameOf(MEMBER), SKILL.KEY,
                        SKILL.NAME, TEAM_SUGGESTION.TITLE, TEAM_SUGGESTION.ACTION, TEAM_SUGGESTION.STATE,
                        TEAM_SUGGESTION.CREATED_AT)
                .from(TEAM_SUGGESTION).join(TEAM).on(TEAM.ID.eq(TEAM_SUGGESTION.TEAM_ID))
                .join(OWNER).on(OWNER.ID.eq(TEAM.OWNER_ID))
                .join(MEMBER).on(MEMBER.ID.eq(TEAM_SUGGESTION.MEMBER_ID))
                .join(SKILL).on(SKILL.ID.eq(TEAM_SUGGESTION.SKILL_ID))
                .where(which)
                .orderBy(TEAM_SUGGESTION.CREATED_AT.desc(), TEAM_SUGGESTION.ID.desc())
                .limit(500)
                .fetch(row -> new Suggestion(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9(), row.value10(), row.value11(),
                        row.value12().toInstant()));
    }

    /** The member decides on a pending suggestion of theirs (once); false when it is not theirs or not pending. */
    public boolean decide(long suggestionId, long memberId, boolean accepted, OffsetDateTime now) {
        return dsl.update(TEAM_SUGGESTION)
                .set(TEAM_SUGGESTION.STATE, accepted ? "accepted" : "declined").set(TEAM_SUGGESTION.DECIDED_AT, now)
                .where(TEAM_SUGGESTION.ID.eq(suggestionId)).and(TEAM_SUGGESTION.MEMBER_ID.eq(memberId))
                .and(TEAM_SUGGESTION.STATE.eq(SUGGESTED))
                .execute() == 1;
    }
}
