package app.skillpath.base.db;

import app.skillpath.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The app's connections report a refused row without its values: an unexpected error is logged with its message
 * (ErrorHandling), and PostgreSQL's detail for a violated constraint repeats the row, a user's note included.
 */
@SpringTest
class DatabaseErrorDetailTest {

    private static final String NOTE = "my private note 7f3a";

    @Autowired
    DataSource dataSource;

    @Test
    void a_row_refused_by_a_constraint_is_reported_without_the_values_it_held() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("create temporary table detail_probe (id int primary key, note text check (length(note) < 5))");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into detail_probe values (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, NOTE);
                SQLException refused = catchThrowableOfType(SQLException.class, insert::executeUpdate);

                // the constraint is named, so the log still says what went wrong
                assertThat(refused.getMessage()).contains("detail_probe_note_check").doesNotContain(NOTE);
                assertThat(refused.toString()).doesNotContain(NOTE);
            }
        }
    }
}
