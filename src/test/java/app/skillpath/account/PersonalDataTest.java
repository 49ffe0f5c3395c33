package app.skillpath.account;

import app.skillpath.SpringTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.skillpath.account.TestAccounts.logIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Isolation by construction, checked on the live schema: every table is either shared (the catalog,
 * accounts, login counters) or personal, and every personal table has an owner column that refers
 * to app_user and is deleted with it. A new table that is neither fails this test until it is
 * classified, so personal data cannot be added without an owner.
 */
@SpringTest
class PersonalDataTest {

    /** Tables that hold no personal data (or are the accounts themselves). */
    private static final Set<String> SHARED_TABLES = Set.of("article", "skill_area", "skill", "tool", "field_of_study",
            "role", "role_responsibility", "role_skill", "role_education_field", "role_tool_usage", "role_tool",
            "role_industry", "tip", "tip_skill", "tip_tool", "app_user", "login_failure",
            "databasechangelog", "databasechangeloglock");

    /**
     * Tables of no account that hold client addresses (an IPv4 address, an IPv6 /64) for the per-address limits, kept
     * only as long as the limit's period (an hour) and purged after: not an account's data, so not deleted with one.
     */
    private static final Set<String> ADDRESS_TABLES = Set.of("address_use");

    /**
     * Personal tables whose person is not called owner: a membership and a suggestion belong to the member (their
     * consent, their pending steps), and go with the member's account, like owner_id rows go with the owner's.
     */
    private static final Map<String, String> PERSON_COLUMNS = Map.of("team_member", "member_id", "team_suggestion", "member_id");

    /** Parts of a team that belong to the team (and so to its owner): deleted with the team. */
    private static final Set<String> TEAM_PARTS = Set.of("team_invitation");

    @Autowired
    DSLContext dsl;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts testAccounts;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_table_is_shared_or_has_an_owner_that_is_deleted_with_the_account() {
        List<String> tables = dsl.fetch("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
                .getValues(0, String.class);

        for (String table : tables) {
            if (SHARED_TABLES.contains(table) || ADDRESS_TABLES.contains(table)) {
                continue;
            }
            if (TEAM_PARTS.contains(table)) {
                assertThat(deleteRule(table, "team_id", "team")).as(table + ".team_id on delete").isEqualTo("CASCADE");
                continue;
            }
            String column = PERSON_COLUMNS.getOrDefault(table, "owner_id");
            var owner = dsl.fetchOptional("""
                    select c.is_nullable, rc.delete_rule, ccu.table_name as referenced
                    from information_schema.columns c
                    join information_schema.key_column_usage kcu
                      on kcu.table_schema = c.table_schema and kcu.table_name = c.table_name and kcu.column_name = c.column_name
                    join information_schema.referential_constraints rc on rc.constraint_name = kcu.constraint_name
                    join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name
                    where c.table_schema = 'public' and c.table_name = ? and c.column_name = ?
                      and ccu.table_name = 'app_user'""", table, column);
            assertThat(owner).as("personal table %s needs an %s referring to app_user", table, column).isPresent();
            assertThat(owner.get().get("referenced", String.class)).as(table + "." + column + " refers to").isEqualTo("app_user");
            assertThat(owner.get().get("is_nullable", String.class)).as(table + "." + column + " nullable").isEqualTo("NO");
            assertThat(owner.get().get("delete_rule", String.class)).as(table + "." + column + " on delete").isEqualTo("CASCADE");
        }
        assertThat(tables).containsAll(Set.of("app_user", "login_failure", "role", "address_use"));
    }

    @Test
    void deleting_an_account_removes_every_row_it_owns_and_nothing_of_anyone_else() {
        Account doomed = testAccounts.create("doomed");
        Account other = testAccounts.create("other");
        Map<String, Integer> othersBefore = ownedRowCounts(other.id());
        logIn(doomed);

        assertThatThrownBy(() -> accountService.deleteCurrentAccount("not my password"))
                .isInstanceOf(AccountException.class).hasMessageContaining("not your current password");
        assertThat(ownedRowCounts(doomed.id())).containsEntry("app_user", 1);

        accountService.deleteCurrentAccount(TestAccounts.PASSWORD);

        assertThat(ownedRowCounts(doomed.id())).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(ownedRowCounts(other.id())).isEqualTo(othersBefore).containsEntry("app_user", 1);
    }

    /** The delete rule of the foreign key from {@code table.column} to {@code referenced}, or null when there is none. */
    private String deleteRule(String table, String column, String referenced) {
        return dsl.fetchOptional("""
                select rc.delete_rule from information_schema.key_column_usage kcu
                join information_schema.referential_constraints rc on rc.constraint_name = kcu.constraint_name
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name
                where kcu.table_schema = 'public' and kcu.table_name = ? and kcu.column_name = ? and ccu.table_name = ?""",
                table, column, referenced).map(row -> row.get(0, String.class)).orElse(null);
    }

    /** Rows per table that belong to the user: the account itself and every row of every owner_id table. */
    private Map<String, Integer> ownedRowCounts(long userId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("app_user", dsl.fetchCount(DSL.table("app_user"), DSL.field("id").eq(userId)));
        List<String> ownedTables = dsl.fetch("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'owner_id' order by table_name""").getValues(0, String.class);
        for (String table : ownedTables) {
            counts.put(table, dsl.fetchCount(DSL.table(DSL.name(table)), DSL.field(DSL.name("owner_id")).eq(userId)));
        }
        PERSON_COLUMNS.forEach((table, column) -> counts.put(table + "." + column,
                dsl.fetchCount(DSL.table(DSL.name(table)), DSL.field(DSL.name(column)).eq(userId))));
        return counts;
    }

}
