/** The button and dialog frame of a header popover (useHeaderPopover does the placing, focus and closing). */
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { HeaderPopover } from './headerPopover';

export interface HeaderPopoverFrameProps extends HeaderPopover {
  open: boolean;
  onOpen(): void;
  /** Class prefix of the owner: `<prefix>-menu` wraps, `<prefix>-dialog` is the dialog, `<prefix>-close` closes. */
  prefix: string;
  buttonLabel: string;
  title: string;
  closeLabel: string;
  children: ReactNode;
}

export function HeaderPopoverFrame(props: HeaderPopoverFrameProps) {
  const { buttonRef, popoverRef, position, onBlur, close, open, onOpen, prefix, buttonLabel, title, closeLabel } =
    props;
  const dialogId = useId();
  return (
    <div className={`${prefix}-menu`}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        aria-haspopup="dialog"
        onClick={() => (open ? close(false) : onOpen())}
      >
        {buttonLabel}
      </button>
      {open && (
        <div
          ref={popoverRef}
          id={dialogId}
          className={`header-popover floating-surface ${prefix}-dialog`}
          role="dialog"
          aria-label={title}
          style={position}
          onBlur={onBlur}
        >
          <div className="header-popover-head">
            <h2>{title}</h2>
            <button type="button" className={`${prefix}-close`} onClick={() => close(true)} aria-label={closeLabel}>
              ×
            </button>
          </div>
          {props.children}
        </div>
      )}
    </div>
  );
}
