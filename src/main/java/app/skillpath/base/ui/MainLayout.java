package app.skillpath.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.PageTitle;
import org.jsoup.nodes.Element;

/** The shared frame of every page: app name and navigation in the drawer, the page title in the header. */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String TITLE_SUFFIX = " · Skillpath";

    /** The page title and who is logged in (or the ways in), as markup redrawn on every navigation. */
    private final HtmlBlock headerText = new HtmlBlock("");
    private final Button logout = new Button("Log out");
    private final HtmlBlock drawer = new HtmlBlock(DRAWER_FOR_VISITORS);
    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;

    private final AccountService accountService;
    private final Button colorSchemeToggle = new Button();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, AccountService accountService) {
        this.accountService = accountService;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        headerText.addClassName("header-text");
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(event -> authenticationContext.logout());
        colorSchemeToggle.setId("color-scheme-toggle");
        colorSchemeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        colorSchemeToggle.addClickListener(event -> setDark(!isDark()));
        addToNavbar(toggle, headerText, logout, colorSchemeToggle);

        drawer.addClassName("drawer-content");
        addToDrawer(drawer);
    }

    /**
     * The drawer's brand, navigation and source line as markup: they are the same for every
     * visitor (one variant when logged in, one when not), so every open page shares these two
     * strings instead of holding some thirty components of its own.
     */
    private static final String DRAWER_FOR_VISITORS = drawerMarkup(false);
    private static final String DRAWER_FOR_USERS = drawerMarkup(true);

    private static String drawerMarkup(boolean loggedIn) {
        return HtmlBlock.markup(root -> {
            Element brand = HtmlBlock.routerLink(root.appendElement("div").addClass("drawer-header"), "")
                    .addClass("brand");
            brand.appendElement("span").addClass("brand-mark").text("S");
            brand.appendElement("span").text("Skillpath");
            Element nav = root.appendElement("div").addClass("drawer-nav")
                    .appendElement("vaadin-side-nav").id("main-nav");
            navItem(nav, "Home", "", "home");
            navItem(nav, "Roles", "roles", "briefcase");
            navItem(nav, "Compare roles", "compare", "split");
            if (loggedIn) {
                navItem(nav, "Self-assessment", "assessment", "check-square-o");
                navItem(nav, "Your fit", "fit", "bar-chart");
                navItem(nav, "Learning plan", "plan", "calendar-clock");
                navItem(nav, "My account", "account", "user");
            }
            root.appendElement("span").addClass("drawer-footer")
                    .text("Role data from “Machine Learning Engineer vs. Data Science Manager” (Dec. 6, 2023)");
        });
    }

    private static void navItem(Element nav, String label, String path, String icon) {
        Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path).text(label);
        item.appendElement("vaadin-icon").attr("icon", "vaadin:" + icon).attr("slot", "prefix");
    }

    private static final String DARK_KEY = "skillpath.dark";

    /**
     * Light or dark colours (Lumo's dark scheme). Logged-in users' choice is stored with their
     * account; a visitor's lasts for the session. Read once per browser tab.
     */
    private void applyColorScheme() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        // read once per tab and user: the stored choice when logged in, the session's otherwise
        Long userId = currentUser.get().map(user -> user.id()).orElse(null);
        if (ComponentUtil.getData(ui, DARK_KEY) == null || !java.util.Objects.equals(ComponentUtil.getData(ui, DARK_KEY + ".user"), userId)) {
            boolean dark = userId != null ? accountService.prefersDark()
                    : Boolean.TRUE.equals(ui.getSession().getAttribute(DARK_KEY));
            ComponentUtil.setData(ui, DARK_KEY, dark);
            ComponentUtil.setData(ui, DARK_KEY + ".user", userId);
        }
        showColorScheme(ui, isDark());
    }

    private boolean isDark() {
        UI ui = UI.getCurrent();
        return ui != null && Boolean.TRUE.equals(ComponentUtil.getData(ui, DARK_KEY));
    }

    private void setDark(boolean dark) {
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, DARK_KEY, dark);
        if (currentUser.get().isPresent()) {
            accountService.setPrefersDark(dark);
        } else {
            ui.getSession().setAttribute(DARK_KEY, dark);
        }
        showColorScheme(ui, dark);
    }

    private void showColorScheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        colorSchemeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        colorSchemeToggle.setAriaLabel(dark ? "Use light colours" : "Use dark colours");
        // the browser's own tooltip: a Vaadin tooltip would be one more component in every open page
        colorSchemeToggle.getElement().setAttribute("title", dark ? "Use light colours" : "Use dark colours");
    }

    /** The page title, and who is logged in with a way out, or the ways in. Redrawn on every navigation. */
    private void showHeader(String title) {
        boolean loggedIn = currentUser.get().isPresent();
        drawer.setInnerHtml(loggedIn ? DRAWER_FOR_USERS : DRAWER_FOR_VISITORS);
        logout.setVisible(loggedIn);
        headerText.setInnerHtml(HtmlBlock.markup(root -> {
            root.appendElement("h1").id("view-title").addClass("view-title").text(title);
            Element area = root.appendElement("div").id("user-area").addClass("user-area");
            currentUser.get().ifPresentOrElse(
                    user -> area.appendElement("span").id("user-name").addClass("user-name").text(user.name()),
                    () -> {
                        area.appendElement("a").attr("href", "login").id("login-link").addClass("button-link")
                                .text("Log in");
                        area.appendElement("a").attr("href", "signup").id("signup-link-header")
                                .addClass("button-link").addClass("primary").text("Sign up");
                    });
        }));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showHeader(headerTitle());
        applyColorScheme();
        // a link or button that opens another page starts it at the top (back and forward keep their position)
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        if (trigger == NavigationTrigger.ROUTER_LINK || trigger == NavigationTrigger.UI_NAVIGATE) {
            // the app layout scrolls its content part, not the window
            getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                    + " if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
        }
    }

    private String headerTitle() {
        String title;
        if (getContent() instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        } else {
            PageTitle annotation = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
            title = annotation == null ? "Skillpath" : annotation.value();
        }
        return title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title;
    }
}
