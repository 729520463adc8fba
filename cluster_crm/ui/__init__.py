"""Everything Qt: the main window, pages, table models, dialogs and widgets."""
