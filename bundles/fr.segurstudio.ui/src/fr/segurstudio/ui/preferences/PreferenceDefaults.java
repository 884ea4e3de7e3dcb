package fr.segurstudio.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** Defaults of fr.segurstudio.ui's preferences: no deposit folder until the user chooses one. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(DepositPreferences.NODE).put(DepositPreferences.DEPOSIT_FOLDER, "");
	}
}
