import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Names the part that failed ("the article text"). */
  part: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Contains a render failure to the part that failed; "Try again" re-renders it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept visible for developers; the reader sees the message below.
    console.warn(`Render failure in ${this.props.part}:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p className="error-title">Something went wrong showing {this.props.part}.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
