package fr.segurstudio.dsl.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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
