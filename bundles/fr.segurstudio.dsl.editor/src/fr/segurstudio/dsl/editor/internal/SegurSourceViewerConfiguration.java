package fr.segurstudio.dsl.editor.internal;

import java.util.Set;

import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Which service serves which hook of the viewer (as Xtext's XtextSourceViewerConfiguration): lexical
 * colouring of comments, strings and keywords; the reconciler feeding annotations, semantic colours,
 * folding and outline; completion; quick fixes; hovers; typing help.
 */
public final class SegurSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/**
	 * After this pause in typing, the text is checked again: short enough for the annotations to follow a
	 * keystroke within 300 ms, long enough for keys typed faster than ten a second to make one check.
	 */
	public static final int RECONCILE_DELAY_MS = 100;

	private final SegurReconcilingStrategy strategy;
	private final SegurCompletionProcessor completion;
	private final SegurQuickAssist quickAssist;
	private final Set<String> keywords;
	private SegurColors colors;

	public SegurSourceViewerConfiguration(IPreferenceStore store, SegurReconcilingStrategy strategy, SegurCompletionProcessor completion,
			SegurQuickAssist quickAssist, Set<String> keywords) {
		super(store);
		this.strategy = strategy;
		this.completion = completion;
		this.quickAssist = quickAssist;
		this.keywords = keywords;
	}

	public SegurColors colors(ISourceViewer viewer) {
		if (colors == null) {
			colors = SegurColors.of(viewer.getTextWidget());
		}
		return colors;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return SegurPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return SegurPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(SegurPartitions.PARTITIONING);
		SegurColors palette = colors(sourceViewer);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(SegurSyntax.keywords(palette, keywords));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(SegurSyntax.single(palette, SegurColors.COMMENT));
		reconciler.setDamager(comment, SegurPartitions.COMMENT);
		reconciler.setRepairer(comment, SegurPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(SegurSyntax.single(palette, SegurColors.STRING));
		reconciler.setDamager(string, SegurPartitions.STRING);
		reconciler.setRepairer(string, SegurPartitions.STRING);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(strategy, false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new SegurContentAssistant(completion);
		assistant.setDocumentPartitioning(SegurPartitions.PARTITIONING);
		for (String type : SegurPartitions.TYPES) {
			assistant.setContentAssistProcessor(completion, type);
		}
		assistant.enableAutoInsert(false);
		assistant.enablePrefixCompletion(false);
		assistant.setShowEmptyList(true);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(quickAssist);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new DefaultTextHover(sourceViewer);
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
		return new DefaultAnnotationHover(true);
	}

	@Override
	public IAnnotationHover getOverviewRulerAnnotationHover(ISourceViewer sourceViewer) {
		return new DefaultAnnotationHover(true);
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		return new IAutoEditStrategy[] { new SegurAutoEdit() };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public int getTabWidth(ISourceViewer sourceViewer) {
		return 2;
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "  ", "\t", "" };
	}
}
