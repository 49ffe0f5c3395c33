package app.skillpath.feed.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.feed.FeedService;
import app.skillpath.feed.FeedSettings;
import app.skillpath.feed.FeedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The account page's calendar feed section, as a user works it. */
class CalendarFeedSectionTest extends KaribuTest {

    private static final URI HOME = URI.create("http://localhost/");

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    FeedService feedService;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("feed.view");
        login(account, testAccounts.passwordHash(account));
        navigate("account");
    }

    @Test
    void a_new_account_has_the_feed_off_with_monday_at_nine_offered() {
        assertThat(markup("feed-status").text()).isEqualTo("Your calendar feed is off.");
        assertThat(_get(Select.class, spec -> spec.withId("feed-weekday")).getValue()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(_get(TimePicker.class, spec -> spec.withId("feed-time")).getValue()).isEqualTo(LocalTime.of(9, 0));
        _assertNone(TextField.class, spec -> spec.withId("feed-address"));
        _assertNone(Button.class, spec -> spec.withId("feed-turn-off"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void turning_on_shows_the_address_once_and_it_opens_this_users_feed() {
        ((Select<DayOfWeek>) _get(Select.class, spec -> spec.withId("feed-weekday"))).setValue(DayOfWeek.THURSDAY);
        _get(TimePicker.class, spec -> spec.withId("feed-time")).setValue(LocalTime.of(18, 15));

        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));

        expectNotifications("Your calendar feed is on. Copy its address now.");
        assertThat(markup("feed-status").text()).isEqualTo("Your calendar feed is on.");
        assertThat(markup("feed-address-note").text()).contains("cannot show it again");
        TextField address = _get(TextField.class, spec -> spec.withId("feed-address"));
        assertThat(address.isReadOnly()).isTrue();
        assertThat(address.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feedService.calendar(token(address), HOME).orElseThrow())
                .contains("UID:weekly-review-" + FeedToken.seriesId(FeedToken.hashOfGiven(token(address))) + "@skillpath")
                .doesNotContain("weekly-review-" + account.id() + "@");
        assertThat(feedService.mine()).contains(new FeedSettings(DayOfWeek.THURSDAY, LocalTime.of(18, 15)));
        _get(Button.class, spec -> spec.withId("feed-copy"));
    }

    @Test
    void after_a_reload_the_feed_is_on_but_its_address_is_not_shown_again() {
        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));

        // a reload is a new page: a new UI in the same login
        openNewTab();
        login(account, testAccounts.passwordHash(account));
        navigate("account");

        assertThat(markup("feed-status").text()).isEqualTo("Your calendar feed is on.");
        _assertNone(TextField.class, spec -> spec.withId("feed-address"));
        _get(Button.class, spec -> spec.withId("feed-replace"));
        _get(Button.class, spec -> spec.withId("feed-turn-off"));
    }

    @Test
    void replacing_after_confirming_shows_a_new_address_and_the_old_one_finds_nothing() {
        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));
        String old = token(_get(TextField.class, spec -> spec.withId("feed-address")));

        _click(_get(Button.class, spec -> spec.withId("feed-replace")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-feed-replace")));

        expectNotifications("Your calendar feed is on. Copy its address now.",
                "Your calendar feed has a new address. The old one no longer works.");
        String replacement = token(_get(TextField.class, spec -> spec.withId("feed-address")));
        assertThat(replacement).isNotEqualTo(old);
        assertThat(feedService.calendar(old, HOME)).isEmpty();
        assertThat(feedService.calendar(replacement, HOME)).isPresent();
    }

    @Test
    void turning_off_after_confirming_kills_the_address_and_offers_to_turn_it_on_again() {
        _get(TimePicker.class, spec -> spec.withId("feed-time")).setValue(LocalTime.of(7, 45));
        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));
        String token = token(_get(TextField.class, spec -> spec.withId("feed-address")));

        _click(_get(Button.class, spec -> spec.withId("feed-turn-off")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-feed-off")));

        assertThat(markup("feed-status").text()).isEqualTo("Your calendar feed is off.");
        assertThat(feedService.calendar(token, HOME)).isEmpty();
        _assertNone(TextField.class, spec -> spec.withId("feed-address"));
        _get(Button.class, spec -> spec.withId("feed-turn-on"));
        assertThat(_get(TimePicker.class, spec -> spec.withId("feed-time")).getValue()).isEqualTo(LocalTime.of(7, 45));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_review_time_of_a_feed_that_is_on_can_be_changed() {
        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));

        ((Select<DayOfWeek>) _get(Select.class, spec -> spec.withId("feed-weekday"))).setValue(DayOfWeek.SUNDAY);
        _get(TimePicker.class, spec -> spec.withId("feed-time")).setValue(LocalTime.of(20, 0));
        _click(_get(Button.class, spec -> spec.withId("feed-save-review")));

        expectNotifications("Your calendar feed is on. Copy its address now.",
                "Your weekly review is now on Sunday at 20:00.");
        assertThat(feedService.mine()).contains(new FeedSettings(DayOfWeek.SUNDAY, LocalTime.of(20, 0)));
    }

    @Test
    void turning_on_without_a_time_is_refused_at_the_field() {
        _get(TimePicker.class, spec -> spec.withId("feed-time")).clear();

        _click(_get(Button.class, spec -> spec.withId("feed-turn-on")));

        TimePicker time = _get(TimePicker.class, spec -> spec.withId("feed-time"));
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).isEqualTo("Choose a time, such as 09:00.");
        assertThat(feedService.mine()).isEmpty();
    }

    private static String token(TextField address) {
        String value = address.getValue();
        return value.substring(value.lastIndexOf('/') + 1, value.length() - ".ics".length());
    }
}
