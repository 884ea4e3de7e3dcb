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
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
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

	/**
	 * The viewer's input: never the root node itself (with hash lookup, an element equal to the input would
	 * be taken for the tree).
	 */
	private record Input(SegurOutline.Node root) {
	}

	private final Target target;
	private SegurOutline.Node root;
	private boolean following;
	private boolean disposed;

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
				return input instanceof Input wrapped && wrapped.root() != null ? new Object[] { wrapped.root() } : new Object[0];
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
		viewer.setInput(new Input(root));
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
			viewer.setInput(new Input(next));
			List<Object> again = new ArrayList<>();
			collectExpanded(next, "", expanded, again);
			if (previous == null) {
				viewer.expandToLevel(2);
			} else {
				viewer.setExpandedElements(again.toArray());
			}
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
		List<Object> path = new ArrayList<>();
		for (SegurOutline.Node node = root; node != null; node = child(node, offset)) {
			path.add(node);
		}
		if (offset < root.offset() || offset > root.offset() + root.length()
				|| viewer.getStructuredSelection().getFirstElement() == path.get(path.size() - 1)) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		} finally {
			following = false;
		}
	}

	/** The child of the node whose range holds the offset, or null. */
	private static SegurOutline.Node child(SegurOutline.Node node, int offset) {
		for (SegurOutline.Node child : node.children()) {
			if (offset >= child.offset() && offset <= child.offset() + child.length()) {
				return child;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		disposed = true;
		super.dispose();
	}

	/** True once the Outline view let the page go (closed, or the editor's page replaced). */
	public boolean isDisposed() {
		return disposed;
	}

	/** The page's tree viewer (tests). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	public SegurOutline.Node root() {
		return root;
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
