package app.skillpath.base.text;

/** Text cells of the CSV files the app hands out (a plan, a team's matrix), safe to open in a spreadsheet. */
public final class CsvText {

    private CsvText() {
    }

    /**
     * A text cell that a spreadsheet will not run as a formula: OWASP's CSV injection advice is to prefix a
     * cell starting with =, +, -, @, a tab or a carriage return with a single quote (commons-csv does the
     * quoting and escaping of the rest). Notes, titles and names can come from the user or an imported file.
     */
    public static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
