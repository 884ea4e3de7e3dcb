package fr.segurstudio.model.couloir.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Locator;

/**
 * Lines of an XML file for messages. A SAX parser tells where a start tag ends; a vendor looks for where it starts,
 * or for the attribute that is wrong: both are found here in the text.
 */
final class SourceLines {

	private final String text;
	private final int[] starts;

	SourceLines(byte[] bytes) {
		this.text = new String(bytes, StandardCharsets.UTF_8);
		int[] found = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i + 1;
			}
		}
		this.starts = Arrays.copyOf(found, count);
	}

	/** Where the start tag the locator stands at the end of begins, and where each attribute of it is. */
	Tag tag(Locator locator, String qName) {
		int line = locator == null ? 0 : locator.getLineNumber();
		if (line < 1 || line > starts.length) {
			return new Tag(line, "");
		}
		int end = Math.min(text.length(), starts[line - 1] + Math.max(0, locator.getColumnNumber() - 1));
		int begin = text.lastIndexOf("<" + qName, Math.max(0, end - 1));
		return begin < 0 ? new Tag(line, "") : new Tag(begin, text.substring(begin, end));
	}

	/** The line of a character of the text, from 1. */
	int line(int offset) {
		int index = Arrays.binarySearch(starts, offset);
		return index >= 0 ? index + 1 : -index - 1;
	}

	/** A start tag: its first line, and its text to find attributes in. */
	final class Tag {
		private final int begin;
		private final String source;
		private final boolean located;

		private Tag(int beginOrLine, String source) {
			this.located = !source.isEmpty();
			this.begin = beginOrLine;
			this.source = source;
		}

		int line() {
			return located ? SourceLines.this.line(begin) : begin;
		}

		/** The line of an attribute of the tag, else the tag's. */
		int line(String attribute) {
			if (!located) {
				return begin;
			}
			Matcher matcher = Pattern.compile("\\s" + Pattern.quote(attribute) + "\\s*=").matcher(source);
			return matcher.find() ? SourceLines.this.line(begin + matcher.start() + 1) : line();
		}
	}
}
