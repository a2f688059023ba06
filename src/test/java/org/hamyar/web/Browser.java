package org.hamyar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, one per test JVM (starting Playwright unpacks its driver, seconds each
 * time). Tests open a fresh context each, so no cookie crosses from one test to another.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;
    private static String axe;

    private Browser() {
    }

    public static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true).setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                chromium.close();
                playwright.close();
            }));
        }
        return chromium;
    }

    /** A new browser profile: Persian by default, at a phone's width. */
    public static BrowserContext context(String acceptLanguage, int width, boolean javaScript) {
        return chromium().newContext(new NewContextOptions().setViewportSize(width, 900).setLocale(acceptLanguage)
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage)).setJavaScriptEnabled(javaScript)
                .setAcceptDownloads(true));
    }

    /** axe-core's violations of serious or critical impact on the page, as "rule: n nodes (target)" lines. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        page.evaluate(axe());
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, nodes: v.nodes.length, target: String(v.nodes[0].target) }))""");
        return found.stream().map(v -> v.get("id") + ": " + v.get("nodes") + " nodes (" + v.get("target") + ")")
                .toList();
    }

    /** Whether the page is wider than its viewport (it would scroll sideways). */
    public static boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    public static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of("target/screens");
            Files.createDirectories(dir);
            // the font swaps in when it has loaded: a picture taken before would show the fallback font
            page.evaluate("() => document.fonts.ready.then(() => true)");
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (var in = Browser.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
