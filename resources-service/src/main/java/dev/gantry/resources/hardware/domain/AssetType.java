package dev.gantry.resources.hardware.domain;

/** What kind of equipment an asset is. */
public enum AssetType {
    LAPTOP, WORKSTATION, SERVER, SWITCH, ROUTER, FIREWALL, ACCESS_POINT, STORAGE, PHONE, TABLET, MONITOR,
    TEST_DEVICE, LICENCE_DONGLE, OTHER
}
