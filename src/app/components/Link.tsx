// react-router's links without their `data-discover="true"` attribute: it serves lazy route discovery in framework
// mode, which this app does not use, and cost about 1 KB an article in prerendered pages on BBC (docs/performance.md,
// "Site footprint").
import { Link as RouterLink, NavLink as RouterNavLink, type LinkProps, type NavLinkProps } from 'react-router';

export const Link = (props: LinkProps) => <RouterLink discover="none" {...props} />;

export const NavLink = (props: NavLinkProps) => <RouterNavLink discover="none" {...props} />;
