package app.skillpath.feed.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Notifications;
import app.skillpath.feed.FeedException;
import app.skillpath.feed.FeedService;
import app.skillpath.feed.FeedSettings;
import app.skillpath.feed.FeedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.VaadinRequest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The account page's "Calendar feed": turn the private feed on with the weekly review's weekday and time, change
 * them, replace the address or turn the feed off. The address is shown only right after it was made: only its hash
 * is stored, so it cannot be shown again.
 */
public class CalendarFeedSection extends Section {

    static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private final FeedService feedService;
    private final Select<DayOfWeek> weekday = new Select<>();
    private final TimePicker time = new TimePicker("At");

    public CalendarFeedSection(FeedService feedService) {
        this.feedService = feedService;
        setId("calendar-feed");
        addClassNames("article-section", "calendar-feed");
        weekday.setId("feed-weekday");
        weekday.setLabel("Weekly review on");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        time.setId("feed-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(Locale.UK);
        render(Optional.empty());
    }

    /** Draws the section for the feed as it is now, with the address when it was just made. */
    private void render(Optional<String> freshToken) {
        removeAll();
        Optional<FeedSettings> settings = feedService.mine();
        weekday.setInvalid(false);
        time.setInvalid(false);
        // a feed just turned off keeps its weekday and time on offer for turning it on again
        weekday.setValue(settings.map(FeedSettings::reviewDay).orElse(weekday.isEmpty() ? DEFAULT_DAY : weekday.getValue()));
        time.setValue(settings.map(FeedSettings::reviewTime).orElse(time.isEmpty() ? DEFAULT_TIME : time.getValue()));
        add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Calendar feed");
            root.appendElement("p").text("See your plans in any calendar app (Google Calendar, Outlook, Apple "
                    + "Calendar, Thunderbird) by subscribing to a private address: the open steps of all your plans "
                    + "that have dates, kept up to date as your plans change, and a weekly review at the time you "
                    + "choose, in your time zone.");
            root.appendElement("p").text("The feed shows step titles and dates only: no notes, ratings, names or "
                    + "role titles. Anyone who has the address can read it, so keep it to yourself; you can replace "
                    + "it or turn the feed off at any time.");
            root.appendElement("p").id("feed-status").addClass("feed-status")
                    .text(settings.isPresent() ? "Your calendar feed is on." : "Your calendar feed is off.");
        }));
        Div review = new Div(weekday, time);
        review.addClassNames("field-row", "feed-review");
        add(review);
        freshToken.ifPresent(token -> add(addressPanel(token)));
        Div actions = new Div();
        actions.addClassName("actions");
        if (settings.isEmpty()) {
            Button turnOn = new Button("Turn on", event -> turnOn());
            turnOn.setId("feed-turn-on");
            turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(turnOn);
        } else {
            Button save = new Button("Save review time", event -> saveReview());
            save.setId("feed-save-review");
            Button replace = new Button("Replace address", event -> confirmReplace());
            replace.setId("feed-replace");
            Button off = new Button("Turn off", event -> confirmTurnOff());
            off.setId("feed-turn-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(save, replace, off);
        }
        add(actions);
    }

    private Div addressPanel(String token) {
        TextField address = new TextField("Your calendar address");
        address.setId("feed-address");
        address.setReadOnly(true);
        address.setValue(baseUrl() + FeedToken.path(token));
        Button copy = new Button("Copy address", event -> {
            address.getElement().executeJs("return navigator.clipboard.writeText($0)", address.getValue())
                    .then(done -> Notifications.saved("The address was copied."),
                            failed -> Notifications.info("Select the address and copy it yourself."));
        });
        copy.setId("feed-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div panel = new Div(HtmlBlock.of(root -> root.appendElement("p").id("feed-address-note").text(
                "Copy this address now and add it to your calendar app as a subscription (\"From URL\" or "
                        + "\"Subscribe to calendar\"). Skillpath keeps only a fingerprint of it, so it cannot show "
                        + "it again; if you lose it, replace it.")), address, copy);
        panel.addClassName("feed-address");
        return panel;
    }

    private void turnOn() {
        if (!reviewChosen()) {
            return;
        }
        String token = feedService.turnOn(weekday.getValue(), time.getValue());
        render(Optional.of(token));
        Notifications.saved("Your calendar feed is on. Copy its address now.");
    }

    private void saveReview() {
        if (!reviewChosen()) {
            return;
        }
        try {
            feedService.changeReview(weekday.getValue(), time.getValue());
            Notifications.saved("Your weekly review is now on " + weekday.getValue().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " at " + time.getValue() + ".");
        } catch (FeedException e) {
            Notifications.error(e.getMessage());
            render(Optional.empty());
        }
    }

    private boolean reviewChosen() {
        weekday.setInvalid(weekday.isEmpty());
        time.setInvalid(time.isEmpty() || time.isInvalid());
        if (weekday.isInvalid()) {
            weekday.setErrorMessage("Choose a weekday.");
        }
        if (time.isInvalid()) {
            time.setErrorMessage("Choose a time, such as 09:00.");
        }
        return !weekday.isInvalid() && !time.isInvalid();
    }

    private void confirmReplace() {
        ConfirmDialog dialog = new ConfirmDialog("Replace the address?",
                "The current address stops working at once: calendar apps subscribed to it show nothing new. "
                        + "You get a new address to subscribe to.",
                "Replace address", event -> replace());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep the address");
        dialog.setId("confirm-feed-replace");
        dialog.open();
    }

    private void replace() {
        try {
            String token = feedService.replaceAddress();
            render(Optional.of(token));
            Notifications.saved("Your calendar feed has a new address. The old one no longer works.");
        } catch (FeedException e) {
            Notifications.error(e.getMessage());
            render(Optional.empty());
        }
    }

    private void confirmTurnOff() {
        ConfirmDialog dialog = new ConfirmDialog("Turn the calendar feed off?",
                "Its address stops working at once. You can turn the feed on again later, with a new address.",
                "Turn off", event -> turnOff());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it on");
        dialog.setId("confirm-feed-off");
        dialog.open();
    }

    private void turnOff() {
        feedService.turnOff();
        render(Optional.empty());
        Notifications.saved("Your calendar feed is off. Its address no longer works.");
    }

    /** This app's root as the browser reached it (the address a calendar app on the same network can use). */
    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var servletRequest = ((com.vaadin.flow.server.VaadinServletRequest) request).getHttpServletRequest();
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(servletRequest)
                .path("/").build().toUriString();
    }
}
