package fr.segurstudio.forms.swt.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.notify.Notification;

import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.FormState.Node;

/**
 * The value of a form's control as a databinding property of the form's state, as EMF.Edit's
 * {@code EMFEditProperties.value(domain, feature)} is of one object's feature — but a form's value may lie in an
 * object that does not exist yet (typing in the structure of an order that has none creates it), and a change may
 * have to empty the values the seed then wants empty. So: read as the seeds read it ({@link FormState#value}, a
 * list as a copy, so that a change inside it is a new value); written by the renderer's writer, which makes it
 * one command of the form's editing domain, never a plain {@code eSet}; changed when the model says the feature
 * of the object holding it changed (a command, its undo, another page).
 */
public final class FormValueProperty extends SimpleValueProperty<FormState, Object> {

	private final Node node;
	private final Consumer<Object> writer;

	public FormValueProperty(Node node, Consumer<Object> writer) {
		this.node = node;
		this.writer = writer;
	}

	@Override
	public Object getValueType() {
		return null; // a value of the node's value kind, or a list of them: the renderers' converters say which
	}

	@Override
	protected Object doGetValue(FormState state) {
		Object value = state.value(node);
		return value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
	}

	@Override
	protected void doSetValue(FormState state, Object value) {
		writer.accept(value);
	}

	@Override
	public INativePropertyListener<FormState> adaptListener(ISimplePropertyListener<FormState, ValueDiff<? extends Object>> listener) {
		return new NativePropertyListener<FormState, ValueDiff<? extends Object>>(this, listener) {
			private final FormState.Listener onChange = new FormState.Listener() {
				@Override
				public void modelChanged(Notification notification) {
					if (notification.getFeature() == node.feature() && source != null && notification.getNotifier() == source.owner(node)) {
						fireChange(source, null);
					}
				}
			};
			private FormState source;

			@Override
			protected void doAddTo(FormState state) {
				source = state;
				state.addListener(onChange);
			}

			@Override
			protected void doRemoveFrom(FormState state) {
				state.removeListener(onChange);
				source = null;
			}
		};
	}
}
