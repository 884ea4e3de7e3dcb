package fr.segurstudio.dsl.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Xtext resources for texts read or written outside a workspace (command line, tests, editors). */
public class TextResources {

	private static int counter;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	/**
	 * The text parsed into a resource of its own; {@code uri} names it (file URI for a file on disk). A text
	 * nested deeper than {@link TextDepth#MAX_DEPTH} levels is not parsed: the resource is empty, without
	 * parse result, and its one error says where.
	 */
	public XtextResource parse(String text, URI uri) {
		XtextResource resource = empty(uri);
		int tooDeep = TextDepth.tooDeep(text);
		if (tooDeep >= 0) {
			resource.getErrors().add(TextDepth.diagnostic(text, tooDeep, uri));
			return resource;
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/**
	 * {@code resource} made the parse of {@code text} in place, by Xtext's partial parsing: only the part of
	 * the syntax tree around the one region where the texts differ is parsed again (the editor's way, a
	 * keystroke in a 9,000-line dossier costs a few milliseconds instead of a whole parse). Only between
	 * texts without syntax errors: the parser's recovery from an error depends on where it started, so a
	 * partial parse of a broken text may report other errors than a whole parse. Null when it cannot be done
	 * so (no previous parse or a broken one, a text too deep, a broken result, the parser's result not
	 * exactly the text): then {@link #parse} is the way, and {@code resource} must be dropped, as it may be
	 * half updated.
	 */
	public XtextResource reparse(XtextResource resource, String text) {
		IParseResult previous = resource.getParseResult();
		if (previous == null || previous.getRootNode() == null || hasSyntaxErrors(resource) || TextDepth.tooDeep(text) >= 0) {
			return null;
		}
		String before = previous.getRootNode().getText();
		int start = 0;
		int common = Math.min(before.length(), text.length());
		while (start < common && before.charAt(start) == text.charAt(start)) {
			start++;
		}
		int endBefore = before.length();
		int endText = text.length();
		while (endBefore > start && endText > start && before.charAt(endBefore - 1) == text.charAt(endText - 1)) {
			endBefore--;
			endText--;
		}
		if (start == endBefore && start == endText) {
			return resource;
		}
		try {
			resource.update(start, endBefore - start, text.substring(start, endText));
		} catch (RuntimeException e) { // the partial parser gave up on an unusual tree: a whole parse will do
			return null;
		}
		IParseResult updated = resource.getParseResult();
		return updated != null && updated.getRootNode() != null && !hasSyntaxErrors(resource) && text.equals(updated.getRootNode().getText())
				? resource
				: null;
	}

	/** From the resource's diagnostics, which list every syntax error of the node model (a partial parse's result may not say). */
	private static boolean hasSyntaxErrors(XtextResource resource) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic) {
				return true;
			}
		}
		return false;
	}

	/** A syntax tree built in memory, in a resource of its own so that it can be serialized. */
	public XtextResource attach(EObject root) {
		XtextResource resource = empty(URI.createURI("memory:/written" + next() + ".segur"));
		resource.getContents().add(root);
		return resource;
	}

	private XtextResource empty(URI uri) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = resources.get();
		resource.setURI(uri);
		set.getResources().add(resource);
		return resource;
	}

	private static synchronized int next() {
		return counter++;
	}
}
