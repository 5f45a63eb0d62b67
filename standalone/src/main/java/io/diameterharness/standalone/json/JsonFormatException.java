package io.diameterharness.standalone.json;

/**
 * A JSON document that does not say what it must: names the field (as a path such as
 * {@code $.request.avps[1].avp}), what was expected and, for unknown names, the closest known ones.
 */
public final class JsonFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * @param path    where in the document, e.g. {@code $.action.answer.resultCode}
     * @param problem what is wrong there
     */
    public JsonFormatException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the document. */
    public String path() {
        return path;
    }

    /** What is wrong there, without the path. */
    public String problem() {
        return problem;
    }
}
