package fr.segurstudio.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.json.FileReport;

/**
 * The issues of validate's reports, one by one in the order of the text output (a file's structure issues,
 * then each request's), with what the CI formats say of each: the file's path relative to the working
 * directory, the request named, and a fingerprint that does not move with line numbers.
 */
final class Findings {

	/**
	 * One issue of a file.
	 *
	 * @param path        the file relative to the working directory, with {@code /} (as given when it is not under it)
	 * @param request     the request it is about, or null for the file's structure
	 * @param fingerprint a hash of path, code, request and field (and rank among issues equal in those): the same
	 *                    across runs and when lines move
	 */
	record Finding(FileReport report, String path, FileReport.RequestReport request, Issue issue, String fingerprint) {

		/** The message, after the request it is about when there is one: {@code demande 00001 : …}. */
		String message() {
			return request == null ? issue.message() : IssuePrinter.request(report.file(), request) + " : " + issue.message();
		}

		/** The line in the text format: {@code file:line:column: erreur : demande 00001 : message [code]}. */
		String textLine() {
			return IssuePrinter.line(report.file(), issue, request == null ? null : IssuePrinter.request(report.file(), request)) + " ["
					+ issue.code() + "]";
		}
	}

	private Findings() {
	}

	/** The findings of the reports, in their order. */
	static List<Finding> of(List<FileReport> reports, Path workingDirectory) {
		List<Finding> findings = new ArrayList<>();
		for (FileReport report : reports) {
			findings.addAll(of(report, workingDirectory));
		}
		return findings;
	}

	/** The findings of one file. */
	static List<Finding> of(FileReport report, Path workingDirectory) {
		String path = relativePath(report.file(), workingDirectory);
		Map<String, Integer> ranks = new HashMap<>();
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : report.errors()) {
			findings.add(new Finding(report, path, null, issue, fingerprint(path, issue, "\u0001", ranks)));
		}
		for (FileReport.RequestReport request : report.requests()) {
			for (Issue issue : request.issues()) {
				findings.add(new Finding(report, path, request, issue, fingerprint(path, issue, "demande " + request.numeroEditeur(), ranks)));
			}
		}
		return findings;
	}

	/** The file as a path relative to the working directory, {@code /}-separated. */
	static String relativePath(String file, Path workingDirectory) {
		Path base = workingDirectory.toAbsolutePath().normalize();
		Path target = base.resolve(file).normalize();
		String relative;
		try {
			relative = base.relativize(target).toString();
		} catch (IllegalArgumentException e) { // another root
			relative = target.toString();
		}
		return relative.isEmpty() ? file : relative.replace(target.getFileSystem().getSeparator(), "/");
	}

	/** The path as a relative URI reference (RFC 3986): spaces, '%', '#', non-ASCII… percent-encoded. */
	static String uri(String path) {
		// a first segment with ':' would read as a scheme
		String safe = path.startsWith("/") || !path.split("/", 2)[0].contains(":") ? path : "./" + path;
		try {
			return new URI(null, null, safe, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e); // a path without scheme nor authority is always a URI path
		}
	}

	/** @param where the request ("demande " and its number), or a mark for the file's structure */
	private static String fingerprint(String path, Issue issue, String where, Map<String, Integer> ranks) {
		String key = String.join("\u0000", path, issue.code(), where, issue.location().path());
		int rank = ranks.merge(key, 1, Integer::sum);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((key + "\u0000" + rank).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}
}
