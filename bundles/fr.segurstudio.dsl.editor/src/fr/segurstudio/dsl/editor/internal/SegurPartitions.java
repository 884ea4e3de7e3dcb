package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a .segur document: comments, strings, the rest. Lexical only (what the colouring and
 * the bracket and quote handling need while typing); the meaning of words comes from the language's
 * semantic highlighting after each reconcile.
 */
public final class SegurPartitions {

	public static final String PARTITIONING = "__segur_partitioning";
	public static final String COMMENT = "__segur_comment";
	public static final String STRING = "__segur_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private SegurPartitions() {
	}

	/** Installs the partitioner on a document that has none yet. */
	public static void setUp(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
			Token comment = new Token(COMMENT);
			Token string = new Token(STRING);
			scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment, (char) 0, true),
					new SingleLineRule("\"", "\"", string, '\\', true) });
			IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}
}
