"use client";

import { Component, type ReactNode } from "react";

type Props = { loginHref: string; children: ReactNode };
type State = { error: unknown; expired: number };

const isUnauthenticated = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { digest?: unknown }).digest === "NEXT_HTTP_ERROR_FALLBACK;401";

/**
 * A save refused because the session expired would show Next's "Accesso richiesto" page in place
 * of the form. Here the form is mounted again instead (it restores the submission this browser
 * kept) under a message asking to sign in again. Every other error goes on to the usual boundaries.
 */
export class SessionExpiredBoundary extends Component<Props, State> {
  state: State = { error: null, expired: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  componentDidUpdate() {
    if (isUnauthenticated(this.state.error)) this.setState((s) => ({ error: null, expired: s.expired + 1 }));
  }

  render() {
    if (this.state.error && !isUnauthenticated(this.state.error)) throw this.state.error;
    return (
      <>
        {this.state.expired > 0 && (
          <div role="alert" className="rounded border-2 border-warning bg-yellow-50 p-4" data-testid="session-expired">
            <h2 className="text-xl font-bold">La sessione è scaduta: le tue modifiche non sono perse</h2>
            <p className="mt-1">
              Non sono ancora salvate: sono conservate in questo browser e tornano nel modulo quando accedi di nuovo.
            </p>
            <p className="mt-2">
              <a href={this.props.loginHref} data-keeps-work className="font-semibold">
                Accedi di nuovo per salvarle
              </a>
            </p>
          </div>
        )}
        {this.state.error ? null : <div key={this.state.expired}>{this.props.children}</div>}
      </>
    );
  }
}
