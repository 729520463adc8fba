"""Cycles are collected on the GUI thread only (a worker thread must never free a widget)."""

import gc


def test_the_application_collects_cycles_itself(app):
    from cluster_crm.ui.gc_guard import GuiThreadCollector, collect_on_gui_thread

    # GIVEN the application as the window builds it
    collector = app.findChild(GuiThreadCollector)
    # THEN automatic collection is off, and installing again gives the same collector
    assert collector is not None and not gc.isenabled()
    assert collect_on_gui_thread(app) is collector

    # WHEN enough cycles pile up, THEN the GUI thread's next check frees them
    class Node:
        pass

    for _ in range(gc.get_threshold()[0] + 10):
        node = Node()
        node.me = node
    del node
    assert collector.collect_if_due() > 0
