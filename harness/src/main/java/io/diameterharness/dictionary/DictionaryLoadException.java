package io.diameterharness.dictionary;

/**
 * A dictionary file could not be loaded: says which file, which line, and what is wrong, e.g.
 * {@code my-ocs.xml:42: AVP Foo: unknown type 'Unsigned33'}.
 */
public final class DictionaryLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    the file (or resource) name
     * @param line    the 1-based line, or -1 when not known
     * @param problem what is wrong
     * @param cause   the underlying exception, or {@code null}
     */
    public DictionaryLoadException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file or resource that is wrong. */
    public String file() {
        return file;
    }

    /** The 1-based line, or -1 when not known. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
