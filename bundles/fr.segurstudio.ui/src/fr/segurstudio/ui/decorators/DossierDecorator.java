package fr.segurstudio.ui.decorators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import fr.segurstudio.ui.Services;
import fr.segurstudio.workspace.DossierSummaries;
import fr.segurstudio.workspace.DossierSummary;

/**
 * Next to a .segur or ASP .json file, what it holds ({@code BIO-SGL · ANS0000001 · 200 demandes · 3 erreurs,
 * 12 avertissements}); on files and folders, the platform's error or warning overlay from their problem
 * markers; next to an opened folder, where it is on disk. Only cached figures are read (the summaries the
 * validation job keeps, the marker tree), never a file: decorating never parses.
 */
public final class DossierDecorator extends LabelProvider implements ILightweightLabelDecorator {

	public static final String ID = "fr.segurstudio.ui.decorator.dossier";

	private final DossierSummaries summaries = Services.get(DossierSummaries.class);
	private final Consumer<Set<IFile>> summariesChanged = this::refresh;
	private final IResourceChangeListener markersChanged = this::markersChanged;

	public DossierDecorator() {
		if (summaries != null) {
			summaries.addListener(summariesChanged);
		}
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markersChanged, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		IResource resource = Adapters.adapt(element, IResource.class);
		if (resource == null || !resource.isAccessible()) {
			return;
		}
		if (resource instanceof IFile file && summaries != null) {
			DossierSummary summary = summaries.get(file);
			if (summary != null) {
				decoration.addSuffix("  " + SummaryText.of(summary));
			}
		} else if (resource.isLinked() && resource.getLocation() != null) {
			decoration.addSuffix("  " + SummaryText.home(resource.getLocation().toPath()));
		}
		ImageDescriptor overlay = overlay(resource);
		if (overlay != null) {
			decoration.addOverlay(overlay, IDecoration.BOTTOM_LEFT);
		}
	}

	private static ImageDescriptor overlay(IResource resource) {
		int depth = resource.getType() == IResource.FILE ? IResource.DEPTH_ZERO : IResource.DEPTH_INFINITE;
		int severity;
		try {
			severity = resource.findMaxProblemSeverity(IMarker.PROBLEM, true, depth);
		} catch (CoreException e) {
			return null;
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return switch (severity) {
			case IMarker.SEVERITY_ERROR -> images.getImageDescriptor(ISharedImages.IMG_DEC_FIELD_ERROR);
			case IMarker.SEVERITY_WARNING -> images.getImageDescriptor(ISharedImages.IMG_DEC_FIELD_WARNING);
			default -> null;
		};
	}

	/** Problem markers added, changed or removed: the resources and their folders, whose overlay may change. */
	private void markersChanged(IResourceChangeEvent event) {
		IMarkerDelta[] deltas = event.findMarkerDeltas(IMarker.PROBLEM, true);
		if (deltas.length == 0) {
			return;
		}
		Set<IResource> changed = new HashSet<>();
		for (IMarkerDelta delta : deltas) {
			for (IResource r = delta.getResource(); r != null && r.getType() != IResource.ROOT; r = r.getParent()) {
				if (!changed.add(r)) {
					break;
				}
			}
		}
		refresh(changed);
	}

	private void refresh(Set<? extends IResource> resources) {
		if (resources.isEmpty() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		List<Object> elements = new ArrayList<>(resources);
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, elements.toArray())));
	}

	@Override
	public void dispose() {
		if (summaries != null) {
			summaries.removeListener(summariesChanged);
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markersChanged);
		super.dispose();
	}
}
