package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import fr.segurstudio.dsl.ide.outline.SegurOutline;

/**
 * The Outline of a .segur text: dossier → requests → blocks, from the last reconcile. A click places the
 * editor's cursor on the node; the cursor's moves select the innermost node around it.
 */
public final class SegurOutlinePage extends ContentOutlinePage {

	/** Where to go when a node is chosen. */
	public interface Target {
		void reveal(int offset, int length);
	}

	private final Target target;
	private SegurOutline.Node root;
	private boolean following;

	public SegurOutlinePage(Target target, SegurOutline.Node initial) {
		this.target = target;
		this.root = initial;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof SegurOutline.Node node ? new Object[] { node } : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((SegurOutline.Node) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return parentOf(root, (SegurOutline.Node) element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((SegurOutline.Node) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((SegurOutline.Node) element).label();
			}
		});
		viewer.setUseHashlookup(true);
		viewer.setInput(root);
		viewer.expandToLevel(2);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof SegurOutline.Node node) {
			target.reveal(node.offset(), 0);
		}
	}

	/** The outline of a new reconcile; expanded nodes stay expanded (by their labels' path). */
	public void setRoot(SegurOutline.Node next) {
		if (next == null || next.equals(root)) {
			return;
		}
		SegurOutline.Node previous = root;
		root = next;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Set<String> expanded = new HashSet<>();
		for (Object element : viewer.getExpandedElements()) {
			String path = pathOf(previous, (SegurOutline.Node) element);
			if (path != null) {
				expanded.add(path);
			}
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(next);
			List<Object> again = new ArrayList<>();
			collectExpanded(next, "", expanded, again);
			viewer.setExpandedElements(again.toArray());
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Selects the innermost node around the offset, without moving the editor. */
	public void follow(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || root == null) {
			return;
		}
		SegurOutline.Node node = innermost(root, offset);
		if (node == null) {
			return;
		}
		if (viewer.getStructuredSelection().getFirstElement() == node) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new StructuredSelection(node), true);
		} finally {
			following = false;
		}
	}

	/** The page's tree viewer (tests). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	public SegurOutline.Node root() {
		return root;
	}

	/** The innermost node whose range holds the offset. */
	public static SegurOutline.Node innermost(SegurOutline.Node node, int offset) {
		if (offset < node.offset() || offset > node.offset() + node.length()) {
			return null;
		}
		for (SegurOutline.Node child : node.children()) {
			SegurOutline.Node inner = innermost(child, offset);
			if (inner != null) {
				return inner;
			}
		}
		return node;
	}

	private static SegurOutline.Node parentOf(SegurOutline.Node from, SegurOutline.Node element) {
		if (from == null) {
			return null;
		}
		for (SegurOutline.Node child : from.children()) {
			if (child == element) {
				return from;
			}
			SegurOutline.Node found = parentOf(child, element);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String pathOf(SegurOutline.Node from, SegurOutline.Node element) {
		if (from == null) {
			return null;
		}
		if (from == element) {
			return "/" + from.label();
		}
		for (SegurOutline.Node child : from.children()) {
			String path = pathOf(child, element);
			if (path != null) {
				return "/" + from.label() + path;
			}
		}
		return null;
	}

	private static void collectExpanded(SegurOutline.Node node, String prefix, Set<String> expanded, List<Object> into) {
		String path = prefix + "/" + node.label();
		if (expanded.contains(path)) {
			into.add(node);
			for (SegurOutline.Node child : node.children()) {
				collectExpanded(child, path, expanded, into);
			}
		}
	}
}
