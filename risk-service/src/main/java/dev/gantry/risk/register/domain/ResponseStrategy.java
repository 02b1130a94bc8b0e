package dev.gantry.risk.register.domain;

/** How the project answers a risk. */
public enum ResponseStrategy {
    AVOID, MITIGATE, TRANSFER, ACCEPT, ESCALATE
}
