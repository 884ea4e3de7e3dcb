package fr.segurstudio.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Completion at a cursor offset of a parsed text, independent of any UI or protocol: what an editor
 * (SWT, LSP) shows in its proposal list, best first.
 */
@Singleton
public class SegurCompletion {

	/** The context factory computes the follow elements of the grammar in parallel. */
	private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "segur-completion");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private Provider<ContentAssistContextFactory> contexts;

	@Inject
	private IdeContentProposalProvider proposals;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/** The proposals at {@code offset} of the resource's text (its node model). */
	public List<ContentAssistEntry> complete(XtextResource resource, int offset) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		int caret = Math.max(0, Math.min(offset, text.length()));
		ContentAssistContextFactory factory = contexts.get();
		factory.setPool(pool);
		ContentAssistContext[] found = factory.create(text, new TextRegion(caret, 0), caret, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposals.createProposals(Arrays.asList(found), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
